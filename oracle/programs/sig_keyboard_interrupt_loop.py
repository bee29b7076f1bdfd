import os
import signal

count = 0
try:
    os.kill(os.getpid(), signal.SIGINT)
    while True:
        count += 1
except KeyboardInterrupt as e:
    print("interrupted:", type(e).__name__, repr(e.args))

def handler(signum, frame):
    raise RuntimeError(f"custom handler for signal {signum == signal.SIGINT}")

signal.signal(signal.SIGINT, handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    for _ in range(10 ** 9):
        pass
except RuntimeError as e:
    print(e)
signal.signal(signal.SIGINT, signal.default_int_handler)
print("done")
