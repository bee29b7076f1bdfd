package parser_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"testing"

	"github.com/subpy/subpy/core/parser"
)

// mutantsScript makes bad inputs the way a typo does: it takes snippets
// of the oracle's own standard library (read at test time, never copied
// here), deletes, inserts or replaces one token, and prints each mutant
// with what python3.13 says about it, as JSON lines [source, line].
const mutantsScript = `
import ast, io, json, os, random, sys, sysconfig, textwrap, tokenize, warnings
warnings.simplefilter('ignore')
rnd = random.Random(int(sys.argv[1]))
count = int(sys.argv[2])
lib = sysconfig.get_paths()['stdlib']
files = []
for d, dirs, fs in os.walk(lib):
    dirs[:] = sorted(x for x in dirs if x != 'site-packages')
    files += [os.path.join(d, f) for f in sorted(fs) if f.endswith('.py')]
pieces = ['if', 'else', ':', '(', ')', '[', ']', ',', '=', '==', 'for', 'in', 'lambda', '*', '**',
          'not', 'yield', 'await', 'def', 'class', 'return', 'import', 'from', 'as', '.', ':=', '{', '}',
          'async', 'with', 'match', 'case', 'del', '@', '->', 'pass', ';', '\n', '    ']
def line(src):
    try:
        return ast.dump(ast.parse(src, '<mutant>'), include_attributes=True)
    except SyntaxError as e:
        return '%s: %s (<mutant>, line %s, column %s)' % (type(e).__name__, e.msg, e.lineno, e.offset)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
n = 0
while n < count:
    try:
        src = open(rnd.choice(files), encoding='utf-8').read()
    except (OSError, UnicodeDecodeError):
        continue
    lines = src.split('\n')
    i = rnd.randrange(len(lines))
    snippet = textwrap.dedent('\n'.join(lines[i:i + rnd.randint(1, 8)]))
    if not snippet.strip():
        continue
    try:
        toks = [t for t in tokenize.generate_tokens(io.StringIO(snippet + '\n').readline)
                if t.string.strip() and t.start[0] == t.end[0]]
    except Exception:
        continue
    if not toks:
        continue
    t = rnd.choice(toks)
    ls = snippet.split('\n')
    r, c = t.start
    l = ls[r - 1]
    op = rnd.randrange(3)
    if op == 0:
        l = l[:c] + l[t.end[1]:]
    elif op == 1:
        l = l[:c] + rnd.choice(pieces) + ' ' + l[c:]
    else:
        l = l[:c] + rnd.choice(pieces) + l[t.end[1]:]
    ls[r - 1] = l
    m = '\n'.join(ls) + '\n'
    print(json.dumps([m, line(m)]))
    n += 1
`

// TestMutants compares the parser with python3.13 on mutated snippets of
// the standard library: mostly syntax errors, with their messages and
// positions.
func TestMutants(t *testing.T) {
	if _, err := os.Stat(oracle); err != nil {
		t.Fatalf("the CPython 3.13 oracle is missing at %s (pyenv install 3.13.0): %v", oracle, err)
	}
	out, err := exec.Command(oracle, "-c", mutantsScript, "31300", "400").Output()
	if err != nil {
		t.Fatalf("running the oracle: %v", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	n, errs := 0, 0
	for sc.Scan() {
		var c [2]string
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		got := line("<mutant>", []byte(c[0]), parser.Exec, parser.Options{})
		if got != c[1] {
			t.Errorf("mutant %d:\n%s\ngot:  %s\nwant: %s", n, c[0], firstDiff(got, c[1]), firstDiff(c[1], got))
		}
		if len(c[1]) < 300 && c[1] != "" && c[1][0] != 'M' {
			errs++
		}
		n++
	}
	if n != 400 || errs < 200 {
		t.Fatalf("%d mutants, %d of them errors: the generator is broken", n, errs)
	}
}
