class Registry(type):
    def __getitem__(cls, key):
        return f"{cls.__name__}[{key}]"
    def __len__(cls):
        return 3
    def __iter__(cls):
        return iter(["a", "b", "c"])
    def __repr__(cls):
        return f"<레지스트리 {cls.__name__}>"
class Colors(metaclass=Registry):
    pass
print(Colors["red"], len(Colors), list(Colors), Colors, [Colors])
