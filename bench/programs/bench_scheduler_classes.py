# Class-heavy: a small cooperative task scheduler with packets, queues and several task
# kinds (in the spirit of the classic "richards" benchmark; own design and code).
import sys


class Packet:
    __slots__ = ("link", "kind", "datum", "data")

    def __init__(self, link, kind):
        self.link = link
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]


class Task:
    def __init__(self, sched, ident, priority):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = []
        self.waiting = False
        self.handled = 0

    def deliver(self, pkt):
        self.queue.append(pkt)

    def step(self):
        raise NotImplementedError


class Producer(Task):
    def __init__(self, sched, ident, priority, target):
        super().__init__(sched, ident, priority)
        self.target = target
        self.seq = 0

    def step(self):
        self.seq += 1
        pkt = Packet(None, self.seq % 3)
        pkt.datum = self.seq
        self.sched.send(self.target, pkt)


class Worker(Task):
    def __init__(self, sched, ident, priority, outputs):
        super().__init__(sched, ident, priority)
        self.outputs = outputs
        self.turn = 0

    def step(self):
        if not self.queue:
            return
        pkt = self.queue.pop(0)
        for i in range(4):
            pkt.data[i] = (pkt.datum + i * self.ident) % 26
        self.turn = (self.turn + 1) % len(self.outputs)
        self.handled += 1
        self.sched.send(self.outputs[self.turn], pkt)


class Sink(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority)
        self.checksum = 0

    def step(self):
        while self.queue:
            pkt = self.queue.pop()
            self.checksum = (self.checksum * 31 + sum(pkt.data) + pkt.kind) % 1000003
            self.handled += 1


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.sent = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def send(self, ident, pkt):
        self.sent += 1
        self.tasks[ident].deliver(pkt)

    def run(self, rounds):
        order = sorted(self.tasks.values(), key=lambda t: -t.priority)
        for _ in range(rounds):
            for t in order:
                t.step()


def main(rounds):
    s = Scheduler()
    s.add(Sink(s, 9, 1))
    s.add(Sink(s, 8, 1))
    s.add(Worker(s, 3, 5, [8, 9]))
    s.add(Worker(s, 4, 5, [9, 3]))
    s.add(Producer(s, 1, 10, 3))
    s.add(Producer(s, 2, 10, 4))
    s.run(rounds)
    sinks = [s.tasks[8], s.tasks[9]]
    return s.sent, [t.handled for t in sinks], [t.checksum for t in sinks]


n = int(sys.argv[1]) if len(sys.argv) > 1 else 120000
print(main(n))
