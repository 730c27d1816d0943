def add_greeting(cls):
    cls.greet = lambda self: f"안녕, 나는 {type(self).__name__}"
    return cls
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
found = []
@register(found)
@add_greeting
class Robot:
    pass
print(Robot().greet(), found)
