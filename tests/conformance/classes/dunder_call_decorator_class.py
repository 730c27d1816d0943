# 클래스로 만든 데코레이터: __call__ 과 __get__
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        print(f"{self.func.__name__} 호출 {self.calls}번째")
        return self.func(*args, **kwargs)
@CountCalls
def add(a, b):
    return a + b
print(add(1, 2), add(3, b=4), add.calls)
class Method:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return lambda *a: self.func(obj, *a)
class Robot:
    name = "R2"
    @Method
    def beep(self, n):
        return self.name + " 삐" * n
print(Robot().beep(2), type(Robot.__dict__["beep"]).__name__)
