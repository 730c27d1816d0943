# 여러 일을 한꺼번에: gather는 순서대로 결과를 모아 줘요
import asyncio

async def cook(dish, minutes):
    print(dish, "요리 시작")
    await asyncio.sleep(minutes / 20)
    print(dish, "완성!")
    return f"{dish}({minutes}분)"

async def grumpy(n):
    await asyncio.sleep(0.005)
    if n % 2:
        raise ValueError(f"{n}은 홀수라서 싫어요")
    return n * 10

async def main():
    menu = await asyncio.gather(cook("라면", 3), cook("김밥", 1), cook("떡볶이", 2))
    print("차례대로:", menu)

    mixed = await asyncio.gather(*(grumpy(n) for n in range(4)), return_exceptions=True)
    for item in mixed:
        print(type(item).__name__, item)

    try:
        await asyncio.gather(grumpy(2), grumpy(3))
    except ValueError as e:
        print("gather가 던진 오류:", e)

    print("빈 gather:", await asyncio.gather())

    done, pending = await asyncio.wait(
        [asyncio.create_task(cook("달걀", 1)), asyncio.create_task(cook("수박", 4))],
        return_when=asyncio.FIRST_COMPLETED)
    print("먼저 끝남:", [t.result() for t in done], "기다리는 중:", len(pending))
    for t in pending:
        print("마저 기다리기:", await t)

    order = []
    cooks = [asyncio.create_task(cook("느린 죽", 3)), asyncio.create_task(cook("빠른 빵", 1))]
    for next_done in asyncio.as_completed(cooks):
        order.append(await next_done)
    print("끝난 순서:", order)

asyncio.run(main())
