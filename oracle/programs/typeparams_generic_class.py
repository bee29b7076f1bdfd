# Generic classes (PEP 695): Generic base, subscription, __parameters__.
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack.__type_params__, Stack.__parameters__)
print(Stack.__bases__, Stack.__mro__)
print(Stack.__orig_bases__)
alias = Stack[int]
print(alias, type(alias).__name__, alias.__origin__ is Stack, alias.__args__)
print(Stack[int] == Stack[int], Stack[int] == Stack[str])
inst = Stack[str]()
print(type(inst).__name__)

try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)

class Pair[K, V]:
    pass
print(Pair[int, str], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print("TypeError:", e)

class IntStack(Stack[int]):
    pass
print(IntStack.__mro__, IntStack.__orig_bases__, IntStack.__parameters__)

class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()

class Tagged[T](Base, tag="x"):
    pass
print(Tagged.__bases__, Tagged.__type_params__)

class Inner:
    class Node[T]:
        pass
print(Inner.Node.__qualname__, Inner.Node.__type_params__)

def factory():
    class Local[T]:
        def get(self) -> T: ...
    return Local
L = factory()
print(L.__qualname__, L.__type_params__, L.get.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int]([1, 2]))
