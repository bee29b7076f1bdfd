class Query:
    def __init__(self, rows):
        self.rows = rows
    def where(self, pred):
        return Query([r for r in self.rows if pred(r)])
    def first(self):
        return self.rows[0]

rows = [{"n": 1}, {"n": 2}]
print(Query(rows).where(lambda r: r["n"] > 1).first())
print(Query(rows).where(lambda r: r["n"] > 5).first()["n"])
