# 카운트다운 로켓 세 대: 작업(task)들이 차례로 번갈아 가며 실행돼요
import asyncio

async def countdown(name, start, pause):
    for n in range(start, 0, -1):
        print(f"{name}: {n}")
        await asyncio.sleep(pause)
    print(f"{name}: 발사! 🚀")
    return f"{name} 도착"

async def steps(name):
    for i in range(3):
        print(name, "step", i)
        await asyncio.sleep(0)

async def main():
    print("번갈아 걷기")
    await asyncio.gather(steps("토끼"), steps("거북"))

    print("로켓 준비")
    red = asyncio.create_task(countdown("빨강", 3, 0.225))
    blue = asyncio.create_task(countdown("파랑", 2, 0.555), name="blue-rocket")
    print(red.get_name(), blue.get_name(), red.done())
    green = asyncio.create_task(countdown("초록", 4, 0.09))
    green.set_name("green-rocket")
    print(green.get_name())
    print(await red)
    print(await blue)
    print(await green)
    print(red.done(), red.result(), red.cancelled())
    value = await asyncio.sleep(0.01, result="잘 잤다")
    print(value)
    return "끝"

print(asyncio.run(main()))
