"""Which inputs of a node lost every publisher they had: a perception node upstream stopped or
died. ROS-free; the node counts the publishers of each topic and reports what this returns."""

from __future__ import annotations


class PeerWatch:
    """``update`` takes the publisher count of each input and returns the inputs that had at least
    one publisher before and have none now (an input that never had one is not missed)."""

    def __init__(self, inputs: list[str] | tuple[str, ...]):
        self.most: dict[str, int] = dict.fromkeys(inputs, 0)

    def update(self, counts: dict[str, int]) -> list[str]:
        lost = []
        for name, count in counts.items():
            if count > 0:
                self.most[name] = max(self.most.get(name, 0), count)
            elif self.most.get(name, 0) > 0:
                lost.append(name)
        return sorted(lost)
