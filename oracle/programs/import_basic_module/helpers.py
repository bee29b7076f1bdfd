print("helpers imported as", __name__)
GREETING = "hi"
CALLS = []

def square(x):
    CALLS.append(x)
    return x * x

class Counter:
    def __init__(self):
        self.count = 0
    def tick(self):
        self.count += 1

_private = 1

if __name__ == "__main__":
    print("never printed on import")
