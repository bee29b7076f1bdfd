DATA = '''name,dept,salary,start
Ann,eng,120000,2019-03-01
Bob,ops,85000,2020-07-15
"Smith, Jo",eng,135000,2017-01-09
Dee,sales,70000,2021-11-30
Eve,ops,"90,000",2018-05-20
'''
def parse_line(line):
    fields, cur, quoted = [], "", False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append(cur); cur = ""
        else:
            cur += ch
    fields.append(cur)
    return fields
lines = DATA.strip().splitlines()
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    r["salary"] = int(r["salary"].replace(",", ""))
    r["year"] = int(r["start"][:4])
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r)
for dept in sorted(by_dept):
    staff = by_dept[dept]
    avg = sum(r["salary"] for r in staff) / len(staff)
    print(f"{dept:<6}{len(staff):>2} avg {avg:>10,.2f} senior {min(staff, key=lambda r: r['year'])['name']}")
print(max(rows, key=lambda r: r["salary"])["name"], sorted(r["name"] for r in rows if r["year"] >= 2019))
