class Base:
    def __init_subclass__(cls):
        print(type(cls.__dict__.get("__init_subclass__")), cls.__name__)
class A(Base):
    pass
print(type(Base.__dict__["__init_subclass__"]).__name__)
class B(A):
    def __init_subclass__(cls):
        print("B's hook for", cls.__name__)
class C(B):
    pass
