
with (open("a") as f, open("b") as g):
    nonlocal_ = [i for i in range(3)]
for i, (a, b) in enumerate(pairs):
    pass
else:
    ...
