data = {"a": [1, 2]}
total = data["a"][0] + data["a"][5] * 2
