import time
print(time.strptime("2024-03-05 13:04:09", "%Y-%m-%d %H:%M:%S"))
print(tuple(time.strptime("5 Mar 2024", "%d %b %Y")))
print(tuple(time.strptime("December 31, 99", "%B %d, %y")))
print(tuple(time.strptime("07:30 PM", "%I:%M %p")))
print(tuple(time.strptime("2024 060", "%Y %j")))
print(tuple(time.strptime("100%", "%j%%")))
for data, fmt in [("2024-x", "%Y-%m"), ("2024-03-05 x", "%Y-%m-%d"), ("13", "%m"), ("2023-02-30", "%Y-%m-%d")]:
    try:
        time.strptime(data, fmt)
    except ValueError as e:
        print("ValueError:", e)
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
try:
    time.get_clock_info("sundial")
except ValueError as e:
    print("ValueError:", e)
a = time.monotonic_ns()
b = time.monotonic_ns()
print(type(a).__name__, b >= a, time.perf_counter_ns() > 0, time.process_time_ns() >= 0)
print(type(time.thread_time()).__name__, type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__)
time.sleep(0)
time.sleep(0.001)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
t = time.gmtime(86400 * 365)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %y %I %p", t), time.asctime(t))
print(time.gmtime(0).tm_zone, time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0)))
