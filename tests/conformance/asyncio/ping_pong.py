# 탁구 치기: 두 선수가 큐(Queue)로 공을 주고받아요
import asyncio

async def player(name, my_queue, other_queue, rounds):
    for _ in range(rounds):
        ball = await my_queue.get()
        print(f"{name} 받음: {ball}")
        await asyncio.sleep(0.005)
        await other_queue.put(ball + 1)
    print(name, "끝!")

async def main():
    ping = asyncio.Queue()
    pong = asyncio.Queue()
    print("시작:", ping.empty(), ping.qsize(), ping.maxsize)
    ping.put_nowait(0)
    print("공을 넣었어요:", ping.empty(), ping.qsize())
    await asyncio.gather(
        player("핑", ping, pong, 3),
        player("퐁", pong, ping, 3),
    )
    print("남은 공:", ping.get_nowait())
    try:
        ping.get_nowait()
    except asyncio.QueueEmpty:
        print("이제 공이 없어요 (QueueEmpty)")

    small = asyncio.Queue(maxsize=1)
    small.put_nowait("사과")
    print("가득 찼나요?", small.full())
    try:
        small.put_nowait("배")
    except asyncio.QueueFull:
        print("자리가 없어요 (QueueFull)")
    print(small.get_nowait(), small.full())

asyncio.run(main())
