package compile

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"testing"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
)

const python313 = "/root/.pyenv/versions/3.13.0/bin/python3.13"

// TestPatternErrors compiles bad patterns (and except* bodies) that
// ast.parse accepts and compares the SyntaxError (message and position)
// with python3.13's.
func TestPatternErrors(t *testing.T) {
	srcs := []string{
		"match x:\n case y: pass\n case 1: pass\n",
		"match x:\n case _: pass\n case 1: pass\n",
		"match x:\n    case [a, a]: pass\n",
		"match x:\n case [a] | b: pass\n",
		"match x:\n case a | [b]: pass\n",
		"match x:\n case [1] | [b]: pass\n",
		"match x:\n case {'a': 1, 'a': 2}: pass\n",
		"match x:\n case A(x=1, x=2): pass\n",
		"match x:\n case (a as b) | c: pass\n",
		"match x:\n case 1 | _ | 2: pass\n",
		"match x:\n case {'k': a, **a}: pass\n",
		"match x:\n case [*a, a]: pass\n",
		"match x:\n case A(a, b=a): pass\n",
		"match x:\n case [a, (b | a)]: pass\n",
		"match x:\n case (_ as y): pass\n case 2: pass\n",
		"match x:\n case {0: 1, -0: 2}: pass\n",
		"def f():\n    match x:\n        case y:\n            pass\n        case z if z:\n            pass\n",
		// except* bodies cannot leave the statement.
		"for i in x:\n    try:\n        pass\n    except* E:\n        break\n",
		"for i in x:\n    try:\n        pass\n    except* E:\n        continue\n",
		"def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
		"try:\n    pass\nexcept* E:\n    for i in x:\n        break\n",
		"def f():\n    try:\n        pass\n    except* E:\n        def g():\n            return 1\n",
		"def f():\n    for i in x:\n        try:\n            pass\n        except* E:\n            pass\n        finally:\n            break\n",
		// Coroutines.
		"x = await y\n",
		"def f():\n    return await y\n",
		"async with x:\n    pass\n",
		"def f():\n    async with x:\n        pass\n",
		"def f():\n    async for i in x:\n        pass\n",
		"async for i in x:\n    pass\n",
		"async def f():\n    yield from x\n",
		"async def f():\n    g = lambda: await x\n",
		"async def f():\n    async with a as b, c:\n        async for i in b:\n            await i\n",
		"class C:\n    await x\n",
		"def f():\n    return [x async for x in y]\n",
		"async def f():\n    return [x async for x in y]\n",
	}
	if _, err := os.Stat(python313); err != nil {
		t.Fatalf("the CPython 3.13 oracle is missing: %v", err)
	}
	for _, src := range srcs {
		script := `import sys, json
try:
    compile(sys.argv[1], "t.py", "exec")
    print(json.dumps(None))
except SyntaxError as e:
    print(json.dumps([e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]))`
		out, err := exec.Command(python313, "-c", script, src).Output()
		if err != nil {
			t.Fatalf("python3.13: %v", err)
		}
		var want []any
		if err := json.Unmarshal(out, &want); err != nil {
			t.Fatal(err)
		}
		_, cerr := compileSrc(t, src)
		var ce *Error
		if want == nil {
			if cerr != nil {
				t.Errorf("%q: python3.13 compiles it, subpy: %v", src, cerr)
			}
			continue
		}
		if !errors.As(cerr, &ce) || ce.Unsupported {
			t.Errorf("%q: got %v, want SyntaxError %v", src, cerr, want)
			continue
		}
		got := []any{ce.Msg, float64(ce.Pos.Lineno), float64(ce.Pos.ColOffset + 1), float64(ce.Pos.EndLineno), float64(ce.Pos.EndColOffset + 1)}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%q: got %v, python3.13 %v", src, got, want)
				break
			}
		}
	}
}

func TestMatchAndYieldFromOpcodes(t *testing.T) {
	code, err := compileSrc(t, "match x:\n case [1, *r] | {'a': r}: pass\n case P(a, b=c): pass\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range []opcode.Opcode{opcode.MATCH_SEQUENCE, opcode.GET_LEN, opcode.MATCH_MAPPING, opcode.MATCH_KEYS, opcode.MATCH_CLASS} {
		if find(code, op) < 0 {
			t.Errorf("no %v in the match statement's code", op)
		}
	}
	code, err = compileSrc(t, "def g():\n    r = yield from h()\n")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range code.Consts {
		if g, ok := object.AsCode(c); ok {
			found = find(g, opcode.SEND) >= 0 && find(g, opcode.GET_YIELD_FROM_ITER) >= 0
		}
	}
	if !found {
		t.Error("yield from: no GET_YIELD_FROM_ITER/SEND in the generator's code")
	}
}
