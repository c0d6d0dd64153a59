
if x:
	if y:
		pass
	else:
	    pass
value = 1 + \
    2
items = [
    1,
  2,
        3]
