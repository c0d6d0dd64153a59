#3.12: type aliases, generics, nested f-string quotes
type Point[T] = tuple[T, T]

def first[T: (int, str), *Ts, **P](xs: list[T]) -> T:
    return xs[0]

class Box[T]:
    pass

s = f"{"nested"} {f"{1+1}"}"
