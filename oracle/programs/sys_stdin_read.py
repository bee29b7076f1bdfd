# oracle-stdin: "first line\nsecond line\n3 4 5\n"
import sys
line = sys.stdin.readline()
print(repr(line))
print(repr(input()))
nums = list(map(int, input().split()))
print(sum(nums))
print(repr(sys.stdin.read()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
