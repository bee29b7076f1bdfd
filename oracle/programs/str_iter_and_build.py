out = []
for ch in "héllo":
    out.append(ch.upper())
print("".join(out))
parts = []
for i in range(5):
    parts.append(f"{i}:{chr(97 + i)}")
print(",".join(parts))
s = ""
for i in range(10):
    s += str(i)
print(s, len(s), s.isdigit())
words = "one two three two one".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq, sorted(freq, key=freq.get, reverse=True))
print(" ".join(w[::-1] for w in words), "abc".upper().lower().title())
