counter = 0

def bump():
    global counter
    counter += 1

for _ in range(3):
    bump()
print(counter)

def create():
    global created
    created = "yes"

create()
print(created)

def read_only():
    return counter * 2
print(read_only())
print("counter" in globals(), sorted(k for k in globals() if not k.startswith("__"))[:3])
