"""Offline tools, not run on the robot: training of the shipped heads, evaluations on labelled data,
studies behind chosen defaults, and the data loaders they share. Their extra requirements are in
requirements/tools.txt."""
