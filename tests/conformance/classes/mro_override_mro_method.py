# 메타클래스의 mro() 재정의
class Reverse(type):
    def mro(cls):
        default = super().mro()
        print("mro() 호출:", cls.__name__)
        return default
class A(metaclass=Reverse):
    pass
class B(A):
    pass
print([c.__name__ for c in B.__mro__])
