# The interpreter waits for non-daemon threads at exit, not for daemons.
import threading
import time

gate = threading.Event()


def late():
    gate.wait()
    time.sleep(0.05)
    print('non-daemon thread finishes after the main thread')


def forever():
    threading.Event().wait()


threading.Thread(target=late).start()
threading.Thread(target=forever, daemon=True).start()
print('main thread done')
gate.set()
