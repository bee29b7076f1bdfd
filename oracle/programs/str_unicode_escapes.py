s = "tab\there\nnew\\back \x41\u00e9\U0001F600 \N{GREEK SMALL LETTER ALPHA}"
print(s)
print(repr(s))
print(ascii(s))
print(repr("'"), repr('"'), repr("'\""), repr("\x00\x7f\x80\xff"), repr("\u200b"))
print(r"raw\n\t", len(r"\n"), "\101\60")
print([hex(ord(c)) for c in "aé€𝄞"], chr(0x1F40D), chr(97))
b = "naïve €".encode("utf-8")
print(b, b.decode("utf-8"), "x".encode("ascii"), "é".encode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(b"\xff".decode("utf-8", "replace"), "é".encode("ascii", "ignore"), "é".encode("ascii", "backslashreplace"))
