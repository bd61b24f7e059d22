DE = {}
