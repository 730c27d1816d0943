class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        yield ("sleep", self.n)
        return self.n * 10
async def worker(name):
    total = 0
    for i in range(2):
        total += await Sleep(i)
        print(name, "step", i)
    return f"{name} done {total}"
async def main():
    result = await worker("a")
    print(result)
    async with Resource() as r:
        print("using", r)
    async for x in Counter(3):
        print("got", x)
    return "main done"
class Resource:
    async def __aenter__(self):
        print("open")
        return "res"
    async def __aexit__(self, *exc):
        print("close", exc[0])
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
def run(coro):
    try:
        while True:
            signal = coro.send(None)
            print("loop sees", signal)
    except StopIteration as stop:
        return stop.value
print(run(main()))
c = worker("x")
print(type(c).__name__, repr(c).startswith("<coroutine object worker at"))
print(run(c))
