# CPU-bound threads take turns: each waits, spinning, for the other's progress.
import sys
import threading

progress = [0, 0]


def spinner(me, other):
    while progress[other] < 3 or progress[me] < 3:
        progress[me] += 1
        for _ in range(100):
            pass
    progress[me] += 1


for interval in (0.005, 0.0005, 0.02):
    sys.setswitchinterval(interval)
    progress[:] = [0, 0]
    a = threading.Thread(target=spinner, args=(0, 1))
    b = threading.Thread(target=spinner, args=(1, 0))
    a.start()
    b.start()
    a.join()
    b.join()
    print(interval, sys.getswitchinterval() == interval, progress[0] >= 3, progress[1] >= 3)

# The main thread spins too, while a worker counts.
sys.setswitchinterval(0.001)
count = [0]
stop = threading.Event()


def counter():
    while not stop.is_set():
        count[0] += 1


w = threading.Thread(target=counter)
w.start()
while count[0] < 1000:
    pass
stop.set()
w.join()
print('worker counted while main spun', count[0] >= 1000)
