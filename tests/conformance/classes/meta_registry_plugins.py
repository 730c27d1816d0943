class PluginMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            PluginMeta.registry[ns.get("key", name.lower())] = cls
        return cls
class Plugin(metaclass=PluginMeta):
    def run(self):
        return f"{type(self).__name__} 실행"
class Hello(Plugin):
    key = "hi"
class Bye(Plugin):
    pass
print(sorted(PluginMeta.registry))
for key in sorted(PluginMeta.registry):
    print(key, PluginMeta.registry[key]().run())
print(type(Hello) is PluginMeta, isinstance(Hello(), Plugin))
