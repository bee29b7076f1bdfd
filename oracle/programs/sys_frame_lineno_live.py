# A running frame's f_lineno follows the line being executed.
import sys

def show(label, frame):
    print(label, frame.f_lineno, frame.f_code.co_name)

def work():
    fr = sys._getframe()
    show("start", fr)
    x = 1
    show("later", fr)
    for i in range(2):
        show("loop", fr)
    try:
        1 / 0
    except ZeroDivisionError as e:
        tbf = e.__traceback__.tb_frame
        print("tb_lineno", e.__traceback__.tb_lineno, tbf is fr)
        show("handler", tbf)
    show("end", fr)
    return fr

done = work()
show("after return", done)
top = sys._getframe()
show("module", top)
show("module again", top)

def gen():
    f = sys._getframe()
    yield f
    yield f
g = gen()
gf = next(g)
print("gen suspended", gf.f_lineno)
next(g)
print("gen suspended 2", gf.f_lineno)
g.close()

def direct():
    frame = sys._getframe()
    return frame.f_code.co_name, frame.f_lineno
print(direct())
