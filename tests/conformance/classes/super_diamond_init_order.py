# super의 의미: 다이아몬드에서 __init__ 이 불리는 순서
class Base:
    def __init__(self, **kw):
        print("Base", kw)
class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left 시작", left)
        super().__init__(**kw)
        print("Left 끝")
class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right 시작", right)
        super().__init__(**kw)
        print("Right 끝")
class Child(Left, Right):
    def __init__(self, **kw):
        print("Child 시작")
        super().__init__(**kw)
        print("Child 끝")
Child(left=1, right=2)
print("---")
Right(right=5)
print([c.__name__ for c in Child.__mro__])
