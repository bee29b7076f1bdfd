# sys.exit(): SystemExit's args and the exit status (a C int truncation).
import sys
for code in (None, 0, 3, "msg", 2**40, 2**31):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), e.args, repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("no argument", e.args, e.code)
sys.exit(2**32 + 7)
