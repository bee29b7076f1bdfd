import time
t = time.gmtime(1234567890)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t[0:3])
print(time.strftime("%A %d %B %Y, %H:%M:%S (%j) %%", t), time.asctime(t))
print(time.mktime(time.localtime(1000000)) > 0, time.gmtime(0)[:6], type(time.perf_counter_ns()).__name__)
start = time.perf_counter()
s = 0
for i in range(100000):
    s += i
print(s, time.perf_counter() - start > 0, time.get_clock_info("monotonic").monotonic)
