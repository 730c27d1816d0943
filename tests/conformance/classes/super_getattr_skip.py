# super()는 MRO에서 다음 클래스부터 찾는다
class A:
    def __getattr__(self, name):
        return f"A가 {name} 대신 답함"
class B(A):
    def __getattr__(self, name):
        if name == "special":
            return "B 전용"
        return super().__getattr__(name)
b = B()
print(b.special)
print(b.anything)
