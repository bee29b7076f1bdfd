class Base(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"

class NotFound(Base):
    pass

try:
    raise NotFound(404, "missing page")
except Base as e:
    print(type(e).__name__, e, e.args, e.code)
    print(repr(e))
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3])

class Plain(Exception):
    pass

for args in [(), ("one",), ("a", 2)]:
    e = Plain(*args)
    print(repr(e), str(e), e.args)
raise NotFound(500, "server")
