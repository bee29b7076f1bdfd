# break / continue / return crossing finally blocks, with values held.
def loop_continue():
    seen = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            seen.append(i)
        finally:
            continue
    return seen
print(loop_continue())

def return_then_continue():
    for i in range(5):
        try:
            return i
        finally:
            if i < 3:
                continue
    return "end"
print(return_then_continue())

def return_then_break():
    for i in range(5):
        try:
            return ("from try", i)
        finally:
            break
    return "after loop"
print(return_then_break())

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())

def nested_finally():
    log = []
    for i in range(2):
        try:
            try:
                return i
            finally:
                log.append(("inner", i))
                continue
        finally:
            log.append(("outer", i))
    return log
print(nested_finally())

def while_break():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            if n < 3:
                continue
    return n
print(while_break())

def with_exception_swallowed():
    out = []
    for i in range(3):
        try:
            1 / (i - 1)
        except ZeroDivisionError:
            out.append("zero")
            continue
        finally:
            out.append(("fin", i))
        out.append(("after", i))
    return out
print(with_exception_swallowed())

def generator():
    for i in range(3):
        try:
            yield i
        finally:
            if i == 1:
                continue
print(list(generator()))
