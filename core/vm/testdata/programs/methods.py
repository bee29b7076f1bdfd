l = [5, 3, 8, 1, 9, 2]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs, sorted(pairs), sorted("hello"))
l.reverse()
l.insert(0, 100)
l.insert(-1, 50)
l.insert(99, 7)
print(l, l.index(8), l.count(100), l.copy() == l)
l.remove(100)
print(l)
try:
    l.remove(12345)
except ValueError as e:
    print(e)
try:
    l.index("x")
except ValueError as e:
    print(e)
l.clear()
print(l)
d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b", 2), d)
d.update({"c": 3}, d=4)
d.update([("e", 5)])
print(d, d.copy(), len(d))
d.clear()
print(d)
s = "Hello, World"
print(s.find("o"), s.find("xyz"), s.index("W"), s.count("l"), "".count(""), "abc".count(""))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "  ".isspace(), "a1".isalnum(), "ABC".isupper(), "abc".islower())
print("hello world".capitalize(), "hello world".title(), "x".ljust(3) + "|", "x".rjust(3), "x".center(4, "*"), "ab".center(5, "-"))
print("42".zfill(5), "-42".zfill(5), "a=b=c".partition("="), "abc".partition("x"), "l1\nl2\r\nl3".splitlines())
try:
    "abc".index("z")
except ValueError as e:
    print(e)
