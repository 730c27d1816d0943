class Root:
    @classmethod
    def describe(cls):
        return ["Root(" + cls.__name__ + ")"]
class A(Root):
    @classmethod
    def describe(cls):
        return ["A"] + super().describe()
class B(Root):
    @classmethod
    def describe(cls):
        return ["B"] + super().describe()
class C(A, B):
    @classmethod
    def describe(cls):
        return ["C"] + super().describe()
print(C.describe())
print(C().describe())
print(A.describe())
