# Regenerates tokens.golden from CPython 3.13's token and keyword modules:
#   /root/.pyenv/versions/3.13.0/bin/python3.13 core/token/testdata/gen_golden.py > core/token/testdata/tokens.golden
import keyword, token
for n in range(token.N_TOKENS + 1):
    print("kind", n, token.tok_name[n])
for s, k in sorted(token.EXACT_TOKEN_TYPES.items()):
    print("op", s, token.tok_name[k])
for s in keyword.kwlist:
    print("kw", s)
for s in keyword.softkwlist:
    print("softkw", s)
