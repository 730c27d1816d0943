class Plugin:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
class Tagged(Plugin):
    def __init_subclass__(cls, tag="none", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
class Foo(Tagged, tag="foo"):
    pass
class Bar(Tagged):
    pass
print(Plugin.registry, Foo.tag, Bar.tag)
try:
    class Baz(Plugin, color="red"):
        pass
except TypeError as e:
    print(e)
