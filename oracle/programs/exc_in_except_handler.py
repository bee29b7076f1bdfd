def handler():
    try:
        [].pop()
    except IndexError as e:
        print("handling", e)
        return {}["k"]

handler()
