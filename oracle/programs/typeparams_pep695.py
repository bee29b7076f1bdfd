def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__, first.__type_params__[0].__name__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(5).get(), Box.__type_params__, Box[int])
type Pair = tuple[int, int]
print(Pair, Pair.__value__, type(Pair).__name__)
type ListOf[X] = list[X]
print(ListOf[str], ListOf.__type_params__)
def bounded[N: (int, float), *Ts, **P](n: N) -> N:
    return n
print([p.__name__ for p in bounded.__type_params__], bounded.__type_params__[0].__constraints__)
