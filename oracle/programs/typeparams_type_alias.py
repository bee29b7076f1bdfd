# `type X = ...` statements: lazily evaluated TypeAliasType objects.
type Number = int | float
print(Number, repr(Number), type(Number).__name__, type(Number).__module__)
print(Number.__name__, Number.__value__, Number.__type_params__, Number.__module__)

type Later = Undefined
print(Later.__name__)
try:
    Later.__value__
except NameError as e:
    print("NameError:", e)
Undefined = str
print(Later.__value__)

type Vec[T] = list[T]
print(Vec.__type_params__, Vec[float], type(Vec[float]).__name__)
print(Vec[float].__origin__ is Vec, Vec[float].__args__)

try:
    Number[int]
except TypeError as e:
    print("TypeError:", e)

class Holder:
    type Inner = dict[str, int]
    def get(self):
        return self.Inner
print(Holder.Inner, Holder().get().__value__)

def scoped():
    type Local = tuple[int, str]
    return Local
print(scoped(), scoped().__value__)

type Recursive = list[Recursive] | int
print(Recursive.__value__)
