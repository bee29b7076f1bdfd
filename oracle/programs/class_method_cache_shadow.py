class C:
    def f(self): return "class"
o = C()
for i in range(3): print(o.f())
o.__dict__['f'] = lambda: "inst-dict"
for i in range(3): print(o.f())
p = C()
for i in range(3): print(p.f())
vars(p)['f'] = lambda: "vars"
for i in range(3): print(p.f())
q = C()
for i in range(3): print(q.f())
q.f = lambda: "setattr"
for i in range(3): print(q.f())
del q.f
for i in range(3): print(q.f())
setattr(q, 'f', lambda: "setattr2")
for i in range(3): print(q.f())
r = C()
for i in range(2): print(r.f())
C.f = lambda self: "new"
for i in range(2): print(r.f())
del C.f
try: r.f()
except AttributeError as e: print(e)
class B:
    def g(self): return "B.g"
class D(B): pass
d = D()
for i in range(2): print(d.g())
B.g = lambda self: "B.g2"
for i in range(2): print(d.g())
class E:
    def g(self): return "E.g"
d.__class__ = E
for i in range(2): print(d.g())
d.__dict__.update(g=lambda: "upd")
for i in range(2): print(d.g())
d.__dict__.clear()
for i in range(2): print(d.g())
d.__dict__.setdefault('g', lambda: "sd")
for i in range(2): print(d.g())
d.__dict__.pop('g')
for i in range(2): print(d.g())
def fn(x): return x.g()
for i in range(3): print(fn(d))
d.__dict__['g'] = lambda: 'fn'
for i in range(3): print(fn(d))
# attribute load (not call)
class F:
    def h(self): return 1
f = F()
for i in range(3): print(f.h.__name__)
f.__dict__['h'] = 42
for i in range(3): print(f.h)
# deleted slot refilled without a shape change
class G:
    def m(self): return "G.m"
g = G()
g.m = lambda: "inst"
del g.m
def call(x): return x.m()
for i in range(3): print(call(g))
g.m = lambda: "inst again"
for i in range(3): print(call(g))
# two classes alternating (poly cache) with shadowing
class H1:
    def m(self): return "H1"
class H2:
    def m(self): return "H2"
hs = [H1(), H2()]
for i in range(4): print(call(hs[i % 2]))
hs[1].__dict__['m'] = lambda: "H2 inst"
hs[0].m = lambda: "H1 inst"
for i in range(4): print(call(hs[i % 2]))
# __class__ reassignment after cached calls
class K1:
    def m(self): return "K1"
class K2:
    def m(self): return "K2"
k = K1()
for i in range(2): print(call(k))
k.__class__ = K2
for i in range(2): print(call(k))
K2.m = lambda self: "K2 new"
for i in range(2): print(call(k))
del K2.m
try: call(k)
except AttributeError as e: print(e)
# subclass sees a method added to its base after calls
class P: pass
class Q(P):
    pass
class R(Q): pass
def callm(x): return x.m()
P.m = lambda self: "P.m"
r = R()
for i in range(2): print(callm(r))
Q.m = lambda self: "Q.m"
for i in range(2): print(callm(r))
del Q.m
for i in range(2): print(callm(r))
# __dict__ replaced wholesale
class S:
    def m(self): return "S.m"
s = S()
for i in range(2): print(callm(s))
s.__dict__ = {'m': lambda: "new dict"}
for i in range(2): print(callm(s))
