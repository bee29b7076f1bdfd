import sys
print("a\udcffb")
sys.stdout.write("w\udc80\n")
print("e\ud800", file=sys.stderr)
print("한국어 ok")
try:
    sys.stdout.write("x\ud800\udbffy")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end)
sys.stdout.flush()
print("x\ud800y")
