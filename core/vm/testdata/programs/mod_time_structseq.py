import time

st = time.gmtime(86400 * 365)
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_wday, st.tm_yday, st.tm_isdst)
print(st.tm_zone, st.tm_gmtoff, len(st), st[:3], st[0], tuple(st))
print(st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
print(isinstance(st, tuple), type(st).__name__)
s2 = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(s2, s2.tm_zone, s2.tm_gmtoff)
s3 = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0, 'UTC', 0))
print(s3, s3.tm_zone, s3.tm_gmtoff, len(s3), s3 == s2)
for bad in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
try:
    st.tm_year = 5
except AttributeError as e:
    print('AttributeError')
print(time.mktime(time.localtime(1000000)) == 1000000.0)
print(time.strftime('%Y-%m-%d', time.gmtime(0)))
lt = time.localtime()
print(type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__)
