# A small asyncio task ping-pong: two tasks pass a ball back and forth through two
# asyncio.Queue objects, yielding with sleep(0) between hits; then a group of workers share
# one queue of jobs and their results are gathered.
# Exercises: coroutines, the event loop, Task switching, Queue put/get, gather.
import asyncio
import sys


async def player(name, inbox, outbox, hits, log):
    count = 0
    while True:
        ball = await inbox.get()
        if ball is None:
            await outbox.put(None)
            break
        count += 1
        if ball >= hits:
            log.append(f"{name} wins at {ball}")
            await outbox.put(None)
            break
        await asyncio.sleep(0)
        await outbox.put(ball + 1)
    return count


async def worker(ident, jobs, results):
    done = 0
    while True:
        job = await jobs.get()
        if job is None:
            return done
        results[job] = job * job + ident * 0
        done += 1
        await asyncio.sleep(0)


async def main(hits):
    log = []
    ping_box = asyncio.Queue()
    pong_box = asyncio.Queue()
    ping = asyncio.create_task(player("ping", ping_box, pong_box, hits, log))
    pong = asyncio.create_task(player("pong", pong_box, ping_box, hits, log))
    await ping_box.put(1)
    counts = await asyncio.gather(ping, pong)
    print("rally:", counts, log)

    jobs = asyncio.Queue()
    results = {}
    workers = [asyncio.create_task(worker(i, jobs, results)) for i in range(4)]
    for job in range(hits // 2):
        await jobs.put(job)
    for _ in workers:
        await jobs.put(None)
    done = await asyncio.gather(*workers)
    print("jobs done:", sum(done), "sum of results:", sum(results.values()))


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000))
