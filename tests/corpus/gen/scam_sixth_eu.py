ES = {}
FR = {}
TR = {}
