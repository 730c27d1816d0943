# An OOP simulation in the spirit of the Richards benchmark: a tiny operating-system scheduler
# with an idle task, a worker, two handlers and two devices passing packets to each other.
# Exercises: classes with super().__init__, method calls, attribute reads and writes, linked lists.
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
WORK_PACKET, DEVICE_PACKET = 0, 1


class Packet:
    def __init__(self, link, destination, kind):
        self.link = link
        self.destination = destination
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        # Put this packet at the end of the queue that starts with `queue`; return the new head.
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.runs = 0

    def ready(self):
        return not self.held and not (self.waiting and self.queue is None)

    def take_packet(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
            self.waiting = False
        return packet

    def deliver(self, packet):
        # A packet arrives for this task.
        self.queue = packet.append_to(self.queue)

    def step(self):
        self.runs += 1
        return self.run(self.take_packet())

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(scheduler, IDLE, 0, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        super().__init__(scheduler, WORKER, 1000, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.destination = self.destination
        packet.count = 0
        for i in range(4):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, queue):
        super().__init__(scheduler, ident, 2000 + ident, queue)
        self.work_queue = None
        self.device_queue = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        work = self.work_queue
        if work is not None:
            if work.count < 4:
                device = self.device_queue
                if device is not None:
                    self.device_queue = device.link
                    device.count = work.data[work.count]
                    work.count += 1
                    return self.scheduler.send(device)
            else:
                self.work_queue = work.link
                return self.scheduler.send(work)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident):
        super().__init__(scheduler, ident, 4000 + ident, None)
        self.pending = None
        self.output = 0

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            packet = self.pending
            self.pending = None
            return self.scheduler.send(packet)
        self.pending = packet
        self.output += packet.count
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.current = None
        self.holds = 0
        self.sends = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return None

    def wait(self):
        self.current.waiting = True
        return None

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task if task.priority > self.current.priority else None

    def send(self, packet):
        target = self.tasks[packet.destination]
        self.sends += 1
        packet.destination = self.current.ident
        target.deliver(packet)
        return target if target.priority > self.current.priority else None

    def run(self):
        # Highest priority first; a task may name the next task to run directly.
        order = sorted(self.tasks, key=lambda t: -t.priority)
        while True:
            task = None
            for candidate in order:
                if candidate.ready():
                    task = candidate
                    break
            if task is None:
                return
            while task is not None:
                self.current = task
                task = task.step()
                if task is not None and not task.ready():
                    task = None


def simulate(count):
    s = Scheduler()
    s.add(IdleTask(s, count))
    work = Packet(None, WORKER, WORK_PACKET)
    work = Packet(work, WORKER, WORK_PACKET)
    s.add(WorkerTask(s, work))
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        queue = Packet(None, device, DEVICE_PACKET)
        queue = Packet(queue, device, DEVICE_PACKET)
        queue = Packet(queue, device, DEVICE_PACKET)
        s.add(HandlerTask(s, handler, queue))
        s.add(DeviceTask(s, device))
    s.run()
    runs = [t.runs for t in s.tasks]
    output = s.tasks[DEVICE_A].output + s.tasks[DEVICE_B].output
    return s.holds, s.sends, runs, output


def main(rounds):
    for r in range(rounds):
        holds, sends, runs, output = simulate(2000 + 500 * r)
        print(f"round {r}: holds={holds} sends={sends} runs={runs} device output={output}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
