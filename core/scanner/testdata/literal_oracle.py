"""Values of literal tokens, for the scanner's literal evaluation test.

    python3.13 literal_oracle.py literal_cases.txt > literal_cases.golden

Cases ("#### name" separated) are one literal expression each; one output
line each, "name KIND VALUE":
  str HEX        a str constant (UTF-8 with surrogatepass, hex)
  bytes HEX      a bytes constant
  int DECIMAL    an int constant (a leading "-" literal is left out: the
                 case "-1" tokenizes as MINUS NUMBER)
  float BITS     a float, as the integer of its IEEE 754 bits
  imag BITS      an imaginary literal's imaginary part, likewise
  fstr HEX,HEX   the constant parts of an f-string's JoinedStr
"""
import ast, struct, sys, warnings
warnings.simplefilter("ignore")

def bits(f):
    return struct.unpack("<Q", struct.pack("<d", f))[0]

def enc(s):
    return s.encode("utf-8", "surrogatepass").hex()

def cases(path):
    data = open(path, "rb").read().decode("utf-8")
    name, buf = None, []
    for line in data.split("\n"):
        if line.startswith("#### "):
            if name is not None:
                yield name, "\n".join(buf)
            name, buf = line[5:].strip(), []
        else:
            buf.append(line)
    if name is not None:
        yield name, "\n".join(buf)

for name, src in cases(sys.argv[1]):
    print(name, end=" ")
    node = ast.parse(src, mode="eval").body
    if isinstance(node, ast.UnaryOp):
        node = node.operand
    if isinstance(node, ast.JoinedStr):
        print("fstr", ",".join(enc(v.value) for v in node.values if isinstance(v, ast.Constant)))
        continue
    v = node.value
    if isinstance(v, str):
        print("str", enc(v))
    elif isinstance(v, bytes):
        print("bytes", v.hex())
    elif isinstance(v, bool):
        raise SystemExit("unexpected bool")
    elif isinstance(v, int):
        print("int", v)
    elif isinstance(v, float):
        print("float", bits(v))
    elif isinstance(v, complex):
        print("imag", bits(v.imag))
