# Ctrl-C (here _thread.interrupt_main) while the interpreter waits for its
# threads at exit: reported as an unraisable exception, as CPython's hook
# prints it (no carets, "KeyboardInterrupt: " with its colon).
import _thread
import threading
import time


def poke():
    time.sleep(0.1)
    _thread.interrupt_main()


threading.Thread(target=poke).start()
print("main end")
