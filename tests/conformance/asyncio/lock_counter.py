# 자물쇠(Lock): 한 번에 한 명만 저금통을 만져요
import asyncio

piggy_bank = 0

async def save_unsafe(name, times):
    global piggy_bank
    for _ in range(times):
        money = piggy_bank
        await asyncio.sleep(0)      # 그 사이에 다른 친구가 끼어들어요
        piggy_bank = money + 1

async def save_safe(name, times, lock):
    global piggy_bank
    for i in range(times):
        async with lock:
            money = piggy_bank
            await asyncio.sleep(0)
            piggy_bank = money + 1
        if i == 0:
            print(name, "첫 저금 완료")

async def guest(name, sem):
    async with sem:
        print(name, "입장")
        await asyncio.sleep(0.01)
        print(name, "퇴장")

async def main():
    global piggy_bank
    await asyncio.gather(*(save_unsafe(n, 5) for n in ["가", "나", "다"]))
    print("자물쇠 없이:", piggy_bank, "(15가 아니에요!)")

    piggy_bank = 0
    lock = asyncio.Lock()
    print("잠겼나?", lock.locked())
    await asyncio.gather(*(save_safe(n, 5, lock) for n in ["가", "나", "다"]))
    print("자물쇠 쓰면:", piggy_bank)
    print("잠겼나?", lock.locked())
    await lock.acquire()
    print("직접 잠금:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("오류:", e)

    room = asyncio.Semaphore(2)
    await asyncio.gather(*(guest(n, room) for n in ["하나", "둘", "셋", "넷"]))

asyncio.run(main())
