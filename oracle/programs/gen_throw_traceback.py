def worker():
    while True:
        job = yield
        print("processing", job)

w = worker()
next(w)
w.send("job1")
w.throw(RuntimeError("shutdown requested"))
