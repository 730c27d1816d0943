# 리스트·집합·딕셔너리 컴프리헨션 안에서 await 하기, 그리고 줄 서서 기다리는 Queue
import asyncio

async def double_later(n):
    await asyncio.sleep(0)
    return n * 2

async def main():
    print([await double_later(n) for n in range(4)])
    print({await double_later(n) % 3 for n in range(5)})
    print({n: await double_later(n) for n in "ab"})
    print([[await double_later(a * b) for b in range(3)] for a in range(1, 3)])
    print([n for n in range(6) if await double_later(n) > 5])

    q = asyncio.Queue(maxsize=1)
    await q.put("첫째")
    late = asyncio.create_task(q.put("둘째"))
    await asyncio.sleep(0)
    late.cancel()
    try:
        await late
    except asyncio.CancelledError:
        print("꽉 차서 기다리던 put이 취소됐어요")
    print(q.qsize(), await q.get())

    waiting = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("선물")
    print(await waiting)

    async def producer():
        for i in range(5):
            await q.put(i)
        return "다 넣었어요"

    async def consumer():
        return [await q.get() for _ in range(5)]

    print(await asyncio.gather(producer(), consumer()))

asyncio.run(main())
