import time

t0 = time.time()
print(type(t0).__name__, t0 > 1.7e9, type(time.time_ns()).__name__, time.time_ns() > 1.7e18)
m0 = time.monotonic()
p0 = time.perf_counter()
n0 = time.perf_counter_ns()
time.sleep(0.02)
time.sleep(0)
m1 = time.monotonic()
p1 = time.perf_counter()
print(m1 - m0 >= 0.019, p1 - p0 >= 0.019, time.perf_counter_ns() - n0 >= 19000000, time.monotonic_ns() > 0)
print(type(time.process_time()).__name__, time.process_time() >= 0, type(time.process_time_ns()).__name__)
g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g[0], g[:3], len(g), tuple(g), isinstance(g, tuple), type(g).__name__)
print(time.gmtime(1700000000))
print(time.gmtime(1.9), time.gmtime(-1.5))
print(time.gmtime(951782400))
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1700000000)))
print(time.strftime('%a %A %b %B %j %p %y %I %w %%', time.gmtime(1700000000)))
print(time.strftime('%d/%m/%Y', (2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.asctime(time.gmtime(0)), time.asctime(time.gmtime(1700000000)))
print(time.mktime(time.localtime(1700000000)) == 1700000000.0)
print(type(time.localtime()).__name__, time.localtime(0) == time.localtime(0))
for name, f in [('sleep(-1)', lambda: time.sleep(-1)), ("sleep('a')", lambda: time.sleep('a')),
                ("gmtime('a')", lambda: time.gmtime('a')), ('gmtime(1e20)', lambda: time.gmtime(1e20)),
                ('strftime(1)', lambda: time.strftime(1)), ('mktime(1)', lambda: time.mktime(1)),
                ('mktime((1, 2))', lambda: time.mktime((1, 2))), ('time(1)', lambda: time.time(1))]:
    try:
        f()
        print(name, 'ok')
    except Exception as e:
        print(name, type(e).__name__, e)
st = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(st, st.tm_mon, st == (2024, 2, 29, 13, 5, 9, 3, 60, 0), time.strftime('%Y %j', st))
try:
    time.struct_time((1, 2))
except TypeError as e:
    print('TypeError', e)
