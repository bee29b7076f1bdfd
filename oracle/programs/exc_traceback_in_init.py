class Config:
    def __init__(self, values):
        self.port = int(values["port"])

def load():
    return Config({"port": "eighty"})

load()
