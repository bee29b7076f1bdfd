s = "Hello, World ß straße"
print(s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), "hello world".capitalize())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "½".isnumeric(), "٣".isdecimal(), "  ".isspace())
print("Title Case".istitle(), "UPPER".isupper(), "lower".islower(), "id_1".isidentifier(), "1x".isidentifier())
print("hello".center(11, "*"), "hi".ljust(5, "."), "hi".rjust(5), "42".zfill(5), "-42".zfill(5))
print("a\tb".expandtabs(4), "ǅ".upper(), "ß".upper(), "İ".lower().encode())
