import gc
class Grumpy:
    def __del__(self):
        print("__del__ 시작")
        raise ValueError("지우기 싫어요")
g = Grumpy()
del g
gc.collect()
print("프로그램은 계속돼요")
