# super()를 부르지 않으면 체인이 끊긴다
class A:
    def __init__(self):
        print("A init")
class B:
    def __init__(self):
        print("B init")
class C(A, B):
    def __init__(self):
        print("C init")
        super().__init__()
C()
class A2:
    def __init__(self):
        print("A2 init")
        super().__init__()
class C2(A2, B):
    pass
C2()
