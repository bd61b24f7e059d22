KK = {}
KY = {}
TG = {}
TK = {}
UZ = {}
