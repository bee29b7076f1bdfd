class TemplateError(Exception):
    pass
def render(template, ctx):
    out, i = [], 0
    while True:
        start = template.find("{{", i)
        if start < 0:
            out.append(template[i:])
            return "".join(out)
        end = template.find("}}", start)
        if end < 0:
            raise TemplateError(f"unclosed tag at {start}")
        out.append(template[i:start])
        expr = template[start + 2:end].strip()
        name, _, filt = expr.partition("|")
        value = ctx
        for part in name.strip().split("."):
            try:
                value = value[part] if isinstance(value, dict) else getattr(value, part)
            except (KeyError, AttributeError):
                raise TemplateError(f"unknown name {name.strip()!r}") from None
        filt = filt.strip()
        if filt == "upper":
            value = str(value).upper()
        elif filt == "money":
            value = f"${value:,.2f}"
        elif filt:
            raise TemplateError(f"unknown filter {filt!r}")
        out.append(str(value))
        i = end + 2
class User:
    name = "ada"
    balance = 1234.5
ctx = {"user": User(), "site": {"title": "subpy"}}
print(render("Hello {{ user.name|upper }}, welcome to {{site.title}}. Balance: {{ user.balance | money }}.", ctx))
for bad in ["{{ nope }}", "{{ user.name | shout }}", "tail {{ user.name"]:
    try:
        render(bad, ctx)
    except TemplateError as e:
        print("TemplateError:", e, e.__cause__, e.__suppress_context__)
render("{{ site.missing }}", ctx)
