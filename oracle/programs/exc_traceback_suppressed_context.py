def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"{k} not configured") from None

lookup({}, "db")
