class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e)
class Fine:
    def __init__(self):
        return None
print(type(Fine()).__name__)
