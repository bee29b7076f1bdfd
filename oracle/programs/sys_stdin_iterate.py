# oracle-stdin: "apple 3\nbanana 5\ncherry 2\n"
import sys
total = 0
for line in sys.stdin:
    name, qty = line.split()
    total += int(qty)
    print(name.upper(), qty)
print("total", total)
