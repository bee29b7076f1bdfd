# Dict and str work: tokenising generated text, counting, joining, lookups.
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
         "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon"]


def make_text(n):
    out = []
    x = 1
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(WORDS[x % len(WORDS)] + ("," if x & 8 else ""))
    return " ".join(out)


def analyse(text):
    counts = {}
    pairs = {}
    prev = ""
    for tok in text.split():
        w = tok.strip(",").upper()
        counts[w] = counts.get(w, 0) + 1
        key = prev + ":" + w
        pairs[key] = pairs.get(key, 0) + 1
        prev = w
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return len(pairs), top, max(pairs.values())


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
print(analyse(make_text(n)))
