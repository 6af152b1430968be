"""Bringup without ``ros2 launch``: the graph of ``graph.py`` as separate node processes
(``supervisor``), the inputs played into it in real time (``media``, ``player_node``), the outputs
recorded per turn (``recorder``, ``timeline``), tied together by ``session`` for the ``run``
command and the end-to-end bench."""
