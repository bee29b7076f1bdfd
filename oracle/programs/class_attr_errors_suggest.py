class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3
    def connect(self):
        return "connected"

c = Config()
try:
    c.timout
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    c.conect()
except AttributeError as e:
    print(e.name)
print(c.retires)
