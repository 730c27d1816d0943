# None과 여러 값의 모양
nothing = None
print(nothing)
print(nothing == None)
print(42, 4.2, '42', True, None)
print(str(42) + str(4.2))
print(str(True), str(None), str(-0.5))
