score = {"민수": 90}
print(score["민수"])
print(score["지민"] + 1)
