import types
ns = types.SimpleNamespace(name="하나", age=3)
print(ns, ns.name)
ns.age += 1
print(ns.age, vars(ns))
print(ns == types.SimpleNamespace(name="하나", age=4))
empty = types.SimpleNamespace()
print(empty)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
class A:
    def m(self): pass
print(isinstance(A().m, types.MethodType))
def greet(self): return "hi " + self.n
class P: n = "p"
bound = types.MethodType(greet, P())
print(bound(), isinstance(bound, types.MethodType))
print(types.NoneType, types.ModuleType.__name__)
