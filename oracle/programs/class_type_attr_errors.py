# Attribute errors on classes and type(): wording of CPython 3.13
class C:
    x = 1
for f in [lambda: C.nope, lambda: C().nope, lambda: setattr(C(), 1, 2), lambda: getattr(C, 1), lambda: delattr(C, 'nope'),
          lambda: delattr(C(), 'x'), lambda: C.__dict__['nope'], lambda: setattr(C, '__name__', 1), lambda: setattr(C, '__qualname__', None),
          lambda: type.__dict__['__name__'], lambda: C.__mro__.append, lambda: setattr(C, '__mro__', ()), lambda: setattr(C, '__bases__', ()),
          lambda: object().x, lambda: setattr(object(), 'x', 1), lambda: setattr(1, 'x', 1), lambda: [].foo, lambda: int.foo, lambda: setattr(list, 'x', 1),
          lambda: super(C, C()).x, lambda: type.__new__(1), lambda: type.__new__(type), lambda: type.__init__(C, 1, 2), lambda: C.__subclasses__(1)]:
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
