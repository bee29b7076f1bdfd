class C:
  "doc"
  x: int
print(list(C.__dict__))
class D:
  x: int
  "notdoc"
print(list(D.__dict__))
class E:
  "doc"
  def f(self): self.a = 1
print(list(E.__dict__))
class F(E):
  "doc"
  __slots__ = ('q',)
  y: int = 3
print(list(F.__dict__))
