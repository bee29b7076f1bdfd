# Invalid escape SyntaxWarnings: one per string literal (its first bad escape).
pattern = "\d+\.\d*"
data = b"\q\w\777"
f = f"\d{pattern!r}\e{1:>{2}}\s"
x = "ok\n" "\y\z" "\(\)"
multi = """first
\p line \k
"""
oct_ = "\400\d"
print(pattern, data, len(f), x, multi, oct_)
