
squares = {k: v**2 for k, v in d.items() if (v := v + 1) > 0}
odd = {x for x in range(10) if x % 2}
g = (a for a in b for c in a)
f = lambda x, *, y=1: x @ y
y = a if b else c or not d and e
z = a[1:2, ::3, ...]
w = (*a, *b), [*c]
x += 1; x //= 2; x >>= 3
assert x is not None, "msg"
print(*args, sep="", **kw)
