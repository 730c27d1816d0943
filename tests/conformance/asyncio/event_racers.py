# 달리기 시합: Event가 켜지면 모두 출발해요
import asyncio

async def racer(name, speed, start_signal, finish_line):
    print(name, "준비")
    await start_signal.wait()
    print(name, "출발!")
    await asyncio.sleep(speed)
    finish_line.append(name)
    print(name, "결승선!")

async def main():
    start = asyncio.Event()
    finish = []
    runners = [
        asyncio.create_task(racer("치타", 0.05, start, finish)),
        asyncio.create_task(racer("말", 0.15, start, finish)),
        asyncio.create_task(racer("강아지", 0.1, start, finish)),
    ]
    await asyncio.sleep(0.01)
    print("신호 켜졌나?", start.is_set())
    for n in (3, 2, 1):
        print(n, "...")
        await asyncio.sleep(0.005)
    start.set()
    print("탕! 신호 켜졌나?", start.is_set())
    await asyncio.gather(*runners)
    for place, name in enumerate(finish, 1):
        print(f"{place}등: {name}")
    start.clear()
    print("다시 꺼짐:", start.is_set())
    start.set()
    print("켜진 신호는 바로 통과:", await start.wait())

asyncio.run(main())
