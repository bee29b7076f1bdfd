def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif c in "+-*/()":
            toks.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    return toks

class Parser:
    def __init__(self, toks):
        self.toks, self.pos = toks, 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("eof", None)
    def take(self):
        t = self.peek(); self.pos += 1; return t
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            v = v + self.term() if self.take()[1] == "+" else v - self.term()
        return v
    def term(self):
        v = self.atom()
        while self.peek() in (("op", "*"), ("op", "/")):
            v = v * self.atom() if self.take()[1] == "*" else v / self.atom()
        return v
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if val == "-":
            return -self.atom()
        if val == "(":
            v = self.expr()
            self.take()
            return v
        raise SyntaxError(f"unexpected {val!r}")

for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 0.5", "-(2 + 3) * -2", "2 * (3 + (4 - 1)) / 3", "1 $ 2", "(1 +"]:
    try:
        print(src, "=", Parser(tokenize(src)).expr())
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
