class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} positional arguments")
        values = dict(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError(f"unexpected field {k!r}")
            if k in values:
                raise TypeError(f"field {k!r} given twice")
            values[k] = v
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError(f"missing fields: {', '.join(missing)}")
        self.__dict__.update(values)
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields) + ")"
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    def __hash__(self):
        return hash(tuple(vars(self).values()))

class Item(Record):
    fields = ("sku", "name", "qty", "price")

stock = [Item("A1", "bolt", 100, 0.25), Item("B2", qty=250, price=0.1, name="nut"), Item("C3", "gear", 7, 12.5)]
print(stock)
print(sum(i.qty * i.price for i in stock), sorted(stock, key=lambda i: i.qty)[0].name, len(set(stock + stock[:1])))
for args, kw in [((1, 2, 3, 4, 5), {}), (("x",), {"colour": 1}), (("x",), {}), (("x",), {"sku": "y"})]:
    try:
        Item(*args, **kw)
    except TypeError as e:
        print(e)
print(Item("A1", "bolt", 100, 0.25) == stock[0], Item("A1", "bolt", 100, 0.25) is stock[0])
