
match command.split():
    case [action]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case {"x": 0, **rest}:
        pass
    case Point(x=0, y=_) if y > 0:
        pass
    case [1, 2, *others]:
        pass
    case None | True | -1 | 1+2j:
        pass
    case _:
        pass
