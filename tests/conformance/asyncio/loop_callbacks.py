# 이벤트 루프 직접 다루기: call_soon, call_later, Future
import asyncio

def say(word):
    print("루프가 말해요:", word)

async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop())
    loop.call_later(0.2, say, "나중에 (0.2초)")
    loop.call_later(0.1, say, "조금 나중에 (0.1초)")
    cancelled = loop.call_later(0.15, say, "취소돼서 안 보여요")
    loop.call_soon(say, "곧바로 1")
    loop.call_soon(say, "곧바로 2")
    loop.call_at(loop.time() + 0.05, say, "정해진 시각에")
    cancelled.cancel()
    print("예약 끝")
    await asyncio.sleep(0.3)

    gift = loop.create_future()
    print(gift.done(), gift)
    gift.add_done_callback(lambda f: print("선물 도착 알림:", f.result()))
    loop.call_later(0.01, gift.set_result, "🎁 레고")
    print("받은 선물:", await gift)
    print(gift)
    try:
        gift.set_result("또?")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    oops = loop.create_future()
    try:
        oops.result()
    except asyncio.InvalidStateError as e:
        print("아직:", e)
    oops.set_exception(ValueError("깨졌어요"))
    try:
        await oops
    except ValueError as e:
        print("Future 오류:", e, oops.exception())

    c = loop.create_future()
    print("취소:", c.cancel(), c.cancelled(), c.cancel())
    return "완료"

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(main()))
loop.close()
print(loop.is_closed())
again = main()
try:
    loop.run_until_complete(again)
except RuntimeError as e:
    print(e)
    again.close()

async def nested():
    nap = asyncio.sleep(0)
    try:
        asyncio.run(nap)
    except RuntimeError as e:
        print(e)
        nap.close()

asyncio.run(nested())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
