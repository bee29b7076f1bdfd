import_marker = 1

def run(label, f):
    try:
        f()
        print(label, "-> no exception")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("  ValueError handler:", repr(e))
    except* TypeError as e:
        print("  TypeError handler:", repr(e))
run("t1 all handled", t1)

def t2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        print("  got", repr(e))
run("t2 rest reraised", t2)

def t3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  naked wrapped:", repr(e), repr(e.exceptions[0]))
run("t3 naked", t3)

def t4():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("  not reached")
run("t4 naked unmatched", t4)

def t5():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
run("t5 naked reraise", t5)

def t6():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
run("t6 group reraise keeps structure", t6)

def t7():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
run("t7 new raise", t7)

def t8():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError as e:
        raise
run("t8 new raise plus reraise", t8)

def t9():
    try:
        print("  body ok")
    except* ValueError:
        print("  not reached")
    else:
        print("  else runs")
    finally:
        print("  finally runs")
run("t9 else/finally", t9)

def t10():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("  values:", repr(e))
    except* TypeError as e:
        print("  types:", repr(e))
    finally:
        print("  finally")
run("t10 nested", t10)

def t11():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (TypeError, ValueError) as e:
        print("  tuple match:", repr(e))
run("t11 tuple", t11)

def t12():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
run("t12 except* ExceptionGroup", t12)

def t13():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* int:
        pass
run("t13 except* int", t13)

def t14():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    return e
run("t14 name cleared", t14)

def t15():
    import_marker = 0
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("loop", [ValueError(i)])
        except* ValueError as e:
            print("  loop iteration", i, repr(e))
run("t15 loop", t15)

def t16():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("  inner handled ValueError")
    except* TypeError as e:
        print("  outer handled", repr(e))
run("t16 nested try", t16)

def t17():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            print("  inner except inside except*")
run("t17", t17)

def t18():
    import sys
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("module level", repr(e))
except* TypeError as e:
    print("module level", repr(e))

def t19():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        print("  base group:", type(e).__name__, repr(e))
run("t19", t19)

def t20():
    try:
        raise BaseExceptionGroup("mix", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print("  ValueError part:", repr(e))
run("t20 base rest", t20)
