// Package ast owns the abstract syntax tree of Python 3.13: one Go type per
// concrete class of CPython 3.13's ast module (generated from the
// interpreter's own introspection by gen.go into nodes_gen.go), the constant
// values a Constant node holds, and Dump, which prints a tree exactly as
// CPython 3.13's ast.dump does.
//
// It does not parse (core/parser builds trees), does not tokenize
// (core/scanner) and must not import anything of the engine but core/token.
//
// Conventions: an optional child node is nil when Python has None; an
// optional string field (an identifier, a type comment, a Constant's kind) is
// "" when Python has None, since Python never produces an empty identifier;
// an `int | None` field is an int (the parser always sets it).
//
//go:generate go run gen.go
package ast

import (
	"strings"
)

// Node is implemented by every concrete node type.
type Node interface {
	dump(d *dumper)
	walk(f func(Node))
}

// Children calls f for each child node of n, in field order (nil optional
// children and Dict's None keys are skipped; enum values are not nodes).
func Children(n Node, f func(Node)) { n.walk(f) }

// Depth returns the nesting depth of the tree under n, counting n: the
// depth CPython's conversion to Python objects (ast2obj) recurses to.
func Depth(n Node) int {
	max := 0
	n.walk(func(c Node) {
		if d := Depth(c); d > max {
			max = d
		}
	})
	return max + 1
}

// Pos holds the location attributes of CPython's nodes: lines are 1-based,
// columns are 0-based UTF-8 byte offsets into the line (CPython's units).
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// GetPos returns the node's location; embedding Pos gives every located
// node this method.
func (p *Pos) GetPos() *Pos { return p }

// Located is implemented by every node type with location attributes.
type Located interface {
	Node
	GetPos() *Pos
}

// Dump returns ast.dump(node, include_attributes=attrs) as CPython 3.13
// prints it (annotate_fields=True, indent=None, show_empty=False). The
// error is what CPython's ast.dump raises instead: a ValueError when an
// int constant has more digits than int's default string conversion limit
// (4300), or a RecursionError when the tree is too deep for its recursive
// formatter (see DumpFrames).
func Dump(n Node, attrs bool) (string, error) {
	d := dumper{attrs: attrs, frame: DumpFrames - 1}
	n.dump(&d)
	if d.err != nil {
		return "", d.err
	}
	if d.maxFrame > pythonRecursionLimit {
		return "", &RecursionError{"maximum recursion depth exceeded"}
	}
	return d.w.String(), nil
}

// DumpFrames is the Python frame depth at which ast.dump's inner _format
// formats the root node when called as conformance/astdump.py calls it
// (<module>, main, dump_line, dump, _format). Each node formatted through
// a field adds a frame, through a list three (_format of the list, the
// generator expression, _format of the item), and each leaf value one;
// past Python's default recursion limit (1000) dump raises RecursionError.
const DumpFrames = 5

const pythonRecursionLimit = 1000

// RecursionError is Python's RecursionError.
type RecursionError struct{ Msg string }

func (e *RecursionError) Error() string { return "RecursionError: " + e.Msg }

// dumper carries the output and the per-node "first argument" state.
type dumper struct {
	w        strings.Builder
	attrs    bool
	first    bool
	err      error
	frame    int // Python frames ast.dump's _format would have open
	maxFrame int
}

// leaf accounts for _format's frame for a non-node value.
func (d *dumper) leaf() {
	if d.frame+1 > d.maxFrame {
		d.maxFrame = d.frame + 1
	}
}

func (d *dumper) open(name string) {
	d.frame++
	if d.frame > d.maxFrame {
		d.maxFrame = d.frame
	}
	d.w.WriteString(name)
	d.w.WriteByte('(')
	d.first = true
}

func (d *dumper) close() {
	d.w.WriteByte(')')
	d.first = false
	d.frame--
}

func (d *dumper) field(name string) {
	if !d.first {
		d.w.WriteString(", ")
	}
	d.first = false
	d.w.WriteString(name)
	d.w.WriteByte('=')
}

func (d *dumper) listOpen() {
	d.w.WriteByte('[')
	d.frame += 2
}

func (d *dumper) listClose() {
	d.w.WriteByte(']')
	d.first = false
	d.frame -= 2
}

func (d *dumper) item(i int) {
	if i > 0 {
		d.w.WriteString(", ")
	}
}

func (d *dumper) str(s string) {
	d.leaf()
	writeStrRepr(&d.w, s)
}

func (d *dumper) enum(s string) {
	d.leaf()
	d.w.WriteString(s)
	d.w.WriteString("()")
}

func (d *dumper) int(i int) {
	d.leaf()
	var buf [20]byte
	d.w.Write(appendInt(buf[:0], i))
}

func (d *dumper) pos(p *Pos) {
	if !d.attrs {
		return
	}
	d.field("lineno")
	d.int(p.Lineno)
	d.field("col_offset")
	d.int(p.ColOffset)
	d.field("end_lineno")
	d.int(p.EndLineno)
	d.field("end_col_offset")
	d.int(p.EndColOffset)
}

func appendInt(b []byte, i int) []byte {
	if i < 0 {
		b = append(b, '-')
		i = -i
	}
	var tmp [20]byte
	n := len(tmp)
	for {
		n--
		tmp[n] = byte('0' + i%10)
		i /= 10
		if i == 0 {
			break
		}
	}
	return append(b, tmp[n:]...)
}

func (d *dumper) none() {
	d.leaf()
	d.w.WriteString("None")
}
