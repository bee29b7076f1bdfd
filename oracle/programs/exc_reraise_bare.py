def risky():
    raise ValueError("original")

def wrapper():
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise

try:
    wrapper()
except ValueError as e:
    print("got", e)

try:
    raise
except RuntimeError as e:
    print(e)

wrapper()
