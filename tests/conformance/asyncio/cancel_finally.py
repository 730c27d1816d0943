# 취소하기: CancelledError를 잡고 finally에서 정리해요
import asyncio

async def cleaner(name):
    try:
        print(name, "청소 시작")
        while True:
            await asyncio.sleep(0.1)
            print(name, "쓱쓱")
    except asyncio.CancelledError:
        print(name, "그만하래요!")
        raise
    finally:
        print(name, "빗자루 정리")

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("고집쟁이: 취소 무시!", e.args)
    return "그래도 끝냄"

async def main():
    task = asyncio.create_task(cleaner("로봇"))
    await asyncio.sleep(0.25)
    print("취소 요청:", task.cancel())
    print("아직 안 끝났어요:", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("취소 확인:", task.cancelled(), task.done())
    print("한 번 더 취소:", task.cancel())

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel("이제 그만")
    print(await s, s.cancelled())

    early = asyncio.create_task(cleaner("아기로봇"))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("시작도 못 했어요")

    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    try:
        task.result()
    except asyncio.CancelledError:
        print("result()도 CancelledError")

    asyncio.create_task(cleaner("남은 로봇"))
    await asyncio.sleep(0.03)
    print("main 끝 (남은 작업은 asyncio.run이 취소해요)")

asyncio.run(main())
print("프로그램 끝")
