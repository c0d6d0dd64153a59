
"""A module: functions, classes, decorators."""
import os.path as p, sys
from . import a
from ..b.c import (d, e as f)


@decorate(1, key=2)
class Shape(Base, metaclass=Meta):
    sides: int = 0

    def __init__(self, /, name, *args, scale=1.0, **kw) -> None:
        super().__init__()
        self.name = name

    @property
    def area(self):
        return self.sides ** 2 if self.sides else None


def gen(n):
    global total
    x = yield n
    yield from range(x)
    del x
