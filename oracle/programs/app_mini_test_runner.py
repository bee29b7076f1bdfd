TESTS = []
def test(fn):
    TESTS.append(fn)
    return fn

class Skip(Exception):
    pass

@test
def test_addition():
    assert 1 + 1 == 2

@test
def test_string_upper():
    assert "abc".upper() == "ABD", "upper() mismatch"

@test
def test_raises_zero_division():
    try:
        1 / 0
    except ZeroDivisionError:
        return
    raise AssertionError("no exception")

@test
def test_skipped():
    raise Skip("not on this platform")

@test
def test_error():
    return {}["missing"]

results = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0}
for t in TESTS:
    try:
        t()
    except AssertionError as e:
        results["failed"] += 1
        print(f"FAIL  {t.__name__}: {e or 'assertion failed'}")
    except Skip as e:
        results["skipped"] += 1
        print(f"SKIP  {t.__name__}: {e}")
    except Exception as e:
        results["errors"] += 1
        print(f"ERROR {t.__name__}: {type(e).__name__}: {e}")
    else:
        results["passed"] += 1
        print(f"ok    {t.__name__}")
print(", ".join(f"{v} {k}" for k, v in results.items()))
raise SystemExit(1 if results["failed"] or results["errors"] else 0)
