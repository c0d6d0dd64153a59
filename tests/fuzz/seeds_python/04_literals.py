
name = 'x'
width = 10
s = f'{name!r:>{width}} {{literal}} {3.14:.2f} {x=}'
t = rf'\d{name}' u'\N{BULLET}' '''tri
ple''' "\u00e9"
b = b'\x00\n' rb'\w'
n = [0x_ff, 0o17, 0b1010, 1_000, 1e-3, .5, 5., 3j, 10**100]
