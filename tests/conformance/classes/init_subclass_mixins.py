class Registered:
    names = []
    def __init_subclass__(cls, /, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        Registered.names.append(prefix + cls.__name__)
class Colored:
    def __init_subclass__(cls, /, color="none", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.color = color
class Widget(Registered, Colored, prefix="ui.", color="blue"):
    pass
class Button(Widget, color="red"):
    pass
print(Registered.names, Widget.color, Button.color)
try:
    class Oops(Registered, Colored, size=3):
        pass
except TypeError as e:
    print(e)
