# 시간 제한: wait_for로 너무 오래 걸리는 일을 멈춰요
import asyncio

async def slow_turtle():
    try:
        print("거북이 출발")
        await asyncio.sleep(1)
        print("거북이 도착 (이건 안 보여요)")
    finally:
        print("거북이: 그만 쉴래요")

async def fast_rabbit():
    await asyncio.sleep(0.01)
    return "토끼 도착!"

async def main():
    print(await asyncio.wait_for(fast_rabbit(), timeout=0.5))
    try:
        await asyncio.wait_for(slow_turtle(), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("시간 초과!", type(e).__name__, repr(e))
    print(asyncio.TimeoutError.__name__)
    print(await asyncio.wait_for(fast_rabbit(), None))

    task = asyncio.create_task(slow_turtle())
    try:
        await asyncio.wait_for(task, 0)
    except asyncio.TimeoutError:
        print("0초 안에는 못 해요, 취소됨:", task.cancelled())

    async def snail():
        await asyncio.sleep(1)
    done, pending = await asyncio.wait([asyncio.create_task(snail())], timeout=0.01)
    print("wait 결과:", len(done), len(pending))
    for t in pending:
        t.cancel()

    protected = asyncio.create_task(fast_rabbit())
    try:
        await asyncio.wait_for(asyncio.shield(protected), timeout=0.001)
    except asyncio.TimeoutError:
        print("shield 덕분에 토끼는 계속 달려요")
    print(await protected)

asyncio.run(main())
