# 빵집: 제빵사(producer)가 빵을 굽고, 손님(consumer)들이 사 가요
import asyncio

async def baker(shelf, count):
    for i in range(1, count + 1):
        bread = f"빵{i}"
        await shelf.put(bread)
        print(f"제빵사: {bread} 진열 (선반 {shelf.qsize()}개)")
        await asyncio.sleep(0)
    print("제빵사: 오늘 장사 끝")

async def customer(name, shelf, bag, pause):
    while True:
        bread = await shelf.get()
        print(f"{name}: {bread} 샀어요")
        bag.append(bread)
        await asyncio.sleep(pause)  # 손님마다 쉬는 시간이 달라요
        shelf.task_done()

async def main():
    shelf = asyncio.Queue(maxsize=2)
    bags = {"민수": [], "지아": []}
    pauses = {"민수": 0.01, "지아": 0.3}
    customers = [asyncio.create_task(customer(name, shelf, bag, pauses[name])) for name, bag in bags.items()]
    await baker(shelf, 6)
    await shelf.join()
    print("모든 빵이 팔렸어요")
    for c in customers:
        c.cancel()
    results = await asyncio.gather(*customers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    for name, bag in bags.items():
        print(name, len(bag), sorted(bag))

asyncio.run(main())
