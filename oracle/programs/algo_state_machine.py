TRANSITIONS = {
    ("idle", "coin"): "ready", ("ready", "push"): "vending", ("vending", "done"): "idle",
    ("ready", "refund"): "idle",
}
class Machine:
    def __init__(self):
        self.state = "idle"
        self.history = []
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError(f"event {event!r} invalid in state {self.state!r}")
        self.history.append(key)
        self.state = TRANSITIONS[key]
        return self.state
m = Machine()
for ev in ["coin", "push", "done", "coin", "refund", "push"]:
    try:
        print(ev, "->", m.fire(ev))
    except ValueError as e:
        print("error:", e)
print(len(m.history), m.state)
