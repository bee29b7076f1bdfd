"""NFKC cases for the scanner's identifier normalization test.

    python3.13 nfkc_oracle.py > nfkc.golden

Each line: the UTF-8 hex of an input and of its NFKC form. Inputs: every
code point whose NFKC differs from itself (one per line), combining
sequences that compose or reorder, Hangul, and identifiers.
"""
import unicodedata

def emit(s):
    print(s.encode().hex(), unicodedata.normalize("NFKC", s).encode().hex())

for cp in range(0x110000):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    c = chr(cp)
    if unicodedata.normalize("NFKC", c) != c:
        emit("x" + c)
for s in ["e\u0301", "a\u0323\u0302", "a\u0302\u0323", "\u1100\u1161", "\u1100\u1161\u11a8",
          "\uac00\u11a8", "A\u030a", "\u212b", "ﬁle", "ℌello", "µ", "ſ", "Ⅸ", "①",
          "\u0301a", "o\u0308\u0301", "\u0f71\u0f72\u0f74", "\u0915\u093c", "\u00c5\u0316",
          "café", "naïve", "Ωmega", "x\u0307\u0323", "\u1e9b\u0323"]:
    emit(s)
