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
// error is the ValueError CPython raises when an int constant has more
// digits than int's default string conversion limit (4300).
func Dump(n Node, attrs bool) (string, error) {
	var d dumper
	d.attrs = attrs
	n.dump(&d)
	if d.err != nil {
		return "", d.err
	}
	return d.w.String(), nil
}

// dumper carries the output and the per-node "first argument" state.
type dumper struct {
	w     strings.Builder
	attrs bool
	first bool
	err   error
}

func (d *dumper) open(name string) {
	d.w.WriteString(name)
	d.w.WriteByte('(')
	d.first = true
}

func (d *dumper) close() {
	d.w.WriteByte(')')
	d.first = false
}

func (d *dumper) field(name string) {
	if !d.first {
		d.w.WriteString(", ")
	}
	d.first = false
	d.w.WriteString(name)
	d.w.WriteByte('=')
}

func (d *dumper) listOpen()  { d.w.WriteByte('[') }
func (d *dumper) listClose() { d.w.WriteByte(']'); d.first = false }

func (d *dumper) item(i int) {
	if i > 0 {
		d.w.WriteString(", ")
	}
}

func (d *dumper) str(s string)  { writeStrRepr(&d.w, s) }
func (d *dumper) enum(s string) { d.w.WriteString(s); d.w.WriteString("()") }

func (d *dumper) int(i int) {
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
