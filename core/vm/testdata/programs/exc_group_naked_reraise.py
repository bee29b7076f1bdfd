def f():
    try:
        raise ValueError("naked")
    except* ValueError:
        print("re-raising")
        raise

f()
