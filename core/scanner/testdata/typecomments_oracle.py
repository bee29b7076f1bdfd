"""Type comments CPython 3.13 finds, for the scanner's type comment test.

    python3.13 typecomments_oracle.py typecomments_cases.txt > typecomments_cases.golden

For each case ("#### name" separated): "== name", then one line per
TypeIgnore node ("ignore LINE TAG") and one per type_comment attribute
("comment TEXT"), each group sorted, from ast.parse(src, type_comments=True).
"""
import ast, sys

def cases(path):
    data = open(path, "rb").read().decode("utf-8")
    name, buf = None, []
    for line in data.split("\n"):
        if line.startswith("#### "):
            if name is not None:
                yield name, "\n".join(buf)
            name, buf = line[5:].strip(), []
        else:
            buf.append(line)
    if name is not None:
        yield name, "\n".join(buf)

for name, src in cases(sys.argv[1]):
    print("==", name)
    tree = ast.parse(src, type_comments=True)
    for line in sorted("ignore %d %r" % (t.lineno, t.tag) for t in tree.type_ignores):
        print(line)
    comments = []
    for node in ast.walk(tree):
        c = getattr(node, "type_comment", None)
        if c is not None:
            comments.append("comment %r" % c)
    for line in sorted(comments):
        print(line)
