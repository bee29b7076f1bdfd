class Config:
    def __init__(self):
        self.values = {"a": 1}
def lookup(cfg, key):
    return cfg.values[key] + cfg.missing.count
cfg = Config()
print(lookup(cfg, "a") if False else "start")
result = lookup(cfg, "a")
