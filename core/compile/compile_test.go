package compile

import (
	"errors"
	"testing"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
	"github.com/subpy/subpy/core/parser"
)

func compileSrc(t *testing.T, src string) (*object.Code, error) {
	t.Helper()
	mod, err := parser.ParseFile("t.py", []byte(src), parser.Exec, parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return Compile(mod, "t.py")
}

// find returns the index of the first instruction with opcode op.
func find(code *object.Code, op opcode.Opcode) int {
	for i, u := range code.Units {
		if opcode.Op(u) == op {
			return i
		}
	}
	return -1
}

func TestPositions(t *testing.T) {
	code, err := compileSrc(t, "x = 1\ny = x / (x - 1)\n")
	if err != nil {
		t.Fatal(err)
	}
	i := find(code, opcode.BINARY_OP)
	if i < 0 {
		t.Fatal("no BINARY_OP")
	}
	// The first BINARY_OP is x - 1: line 2, columns 9..14 (0-based, end exclusive).
	if p := code.Positions[i]; p != (object.Position{Line: 2, EndLine: 2, Col: 9, EndCol: 14}) {
		t.Errorf("x - 1 at %+v", p)
	}
	// Its CACHE unit follows it and shares its position.
	if opcode.Op(code.Units[i+1]) != opcode.CACHE || code.Positions[i+1] != code.Positions[i] {
		t.Errorf("cacheable instruction without its CACHE unit")
	}
	if len(code.Positions) != len(code.Units) {
		t.Errorf("%d positions for %d units", len(code.Positions), len(code.Units))
	}
}

func TestExceptionTableAndStack(t *testing.T) {
	code, err := compileSrc(t, "try:\n    f(1, 2, 3)\nexcept ValueError as e:\n    g(e)\nfinally:\n    h()\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(code.ExcTable) < 3 {
		t.Fatalf("exception table %+v: want the try body, the handler and the cleanup covered", code.ExcTable)
	}
	for _, e := range code.ExcTable {
		if e.Start >= e.End || int(e.Target) >= len(code.Units) {
			t.Errorf("bad entry %+v", e)
		}
	}
	// f, NULL, 1, 2, 3 is five items deep.
	if code.StackSize < 5 {
		t.Errorf("StackSize %d < 5", code.StackSize)
	}
}

func TestLocalsLayout(t *testing.T) {
	code, err := compileSrc(t, "def outer(a, b=1):\n    c = a\n    def inner():\n        return c + b\n    return inner\n")
	if err != nil {
		t.Fatal(err)
	}
	var outer *object.Code
	for _, c := range code.Consts {
		if oc, ok := object.AsCode(c); ok {
			outer = oc
		}
	}
	if outer == nil {
		t.Fatal("no code object for outer")
	}
	// Parameters first; b is a parameter captured by inner (a cell), c a cell.
	if outer.LocalNames[0] != "a" || outer.LocalNames[1] != "b" || outer.ArgCount != 2 {
		t.Errorf("locals %v argcount %d", outer.LocalNames, outer.ArgCount)
	}
	cells := 0
	for _, k := range outer.LocalKinds {
		if k&object.LocalCell != 0 {
			cells++
		}
	}
	if cells != 2 {
		t.Errorf("%d cells in %v (kinds %v), want b and c", cells, outer.LocalNames, outer.LocalKinds)
	}
}

func TestUnsupportedIsReported(t *testing.T) {
	// Async generators were the last construct reported as unsupported;
	// they compile now.
	_, err := compileSrc(t, "async def g():\n    yield 1\n")
	var ce *Error
	if err != nil {
		t.Errorf("async generators: got %v", err)
	}
	_, err = compileSrc(t, "break\n")
	if !errors.As(err, &ce) || ce.Unsupported || ce.Msg != "'break' outside loop" {
		t.Errorf("break outside loop: got %v", err)
	}
}
