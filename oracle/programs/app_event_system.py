class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, name, priority=0):
        def register(fn):
            self.handlers.setdefault(name, []).append((priority, fn))
            self.handlers[name].sort(key=lambda p: -p[0])
            return fn
        return register
    def emit(self, name, **payload):
        results = []
        for _, fn in self.handlers.get(name, []):
            try:
                r = fn(**payload)
            except Exception as e:
                results.append(f"{fn.__name__} failed: {e!r}")
                continue
            if r == "stop":
                results.append(f"{fn.__name__} stopped propagation")
                break
            results.append(f"{fn.__name__} -> {r}")
        return results

bus = EventBus()
@bus.on("login", priority=1)
def audit(user, **_):
    return f"audited {user}"
@bus.on("login", priority=5)
def check(user, admin=False):
    if user == "mallory":
        return "stop"
    return "ok admin" if admin else "ok"
@bus.on("login")
def greet(user, **kw):
    return f"hello {user.title()}" + "!" * len(kw)
@bus.on("logout")
def broken(**kw):
    raise KeyError(kw.get("user"))
for call in [("login", {"user": "alice"}), ("login", {"user": "bob", "admin": True}), ("login", {"user": "mallory"}),
             ("logout", {"user": "eve"}), ("unknown", {})]:
    print(call[0], bus.emit(call[0], **call[1]))
