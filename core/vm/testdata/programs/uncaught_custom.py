class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return "bad key " + repr(self.key)
def load(cfg):
    for k in cfg:
        if k.startswith("_"):
            raise ConfigError(k)
print("loading")
load(["a", "_b"])
