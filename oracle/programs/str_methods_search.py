s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.rfind("at"), s.find("dog"), s.index("sat"), s.rindex("the"))
print(s.count("at"), s.count("the", 1), s.count(""), s.startswith("the"), s.endswith(("mat", "hat")))
print(s.startswith("cat", 4), "abc".endswith("b", 0, 2))
print(s.replace("at", "og"), s.replace("at", "og", 1), "aaa".replace("a", "bb"), "".replace("", "x"))
print(s.partition("sat"), s.rpartition("the"), s.partition("zzz"))
print("ab" in s, "cat" in s, "" in s)
try:
    s.index("dog")
except ValueError as e:
    print(e)
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "x".removeprefix("y"))
