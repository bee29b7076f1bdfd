people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
l = [5, 2, 8, 1, 9, 3]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted([3.5, 1, 2 ** 65, -1.5, True]))
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted(range(5), key=lambda x: -x))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
data = [(i % 3, i) for i in range(12)]
print(sorted(data, key=lambda t: t[0]))
