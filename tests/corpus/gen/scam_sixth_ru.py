RU = {}
UK = {}
