import sys
try:
    sys.exit(9)
except Exception:
    print("never: SystemExit is not an Exception")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__, e.code)
try:
    try:
        sys.exit(2)
    except Exception:
        print("not here")
finally:
    print("finally before real exit")
