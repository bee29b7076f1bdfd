package object

// The attributes of code objects (co_*), co_lines(), co_positions(),
// replace() and the repr.
//
// co_consts lists the constants the compiler emitted (nested code objects
// included), not necessarily in CPython's order or with its docstring
// slot; co_code holds subpy's own instruction encoding (4 bytes per code
// unit), and co_lines()/co_positions() count 2 bytes per code unit as
// CPython does.

import (
	"encoding/binary"
	"fmt"
)

// coFlags is co_flags: CPython's CO_* bits (a coroutine's code does not
// show the CO_GENERATOR bit subpy keeps internally).
func (c *Code) coFlags() int64 {
	f := c.Flags &^ CodeInteractive
	if f&CodeCoroutine != 0 {
		f &^= CodeGenerator
	}
	return int64(f)
}

func (c *Code) localNamesOf(kind uint8) Value {
	var items []Value
	for i, n := range c.LocalNames {
		if c.LocalKinds[i]&kind != 0 {
			items = append(items, NewStr(n).Value())
		}
	}
	return NewTuple(items).Value()
}

func (c *Code) countLocals(kind uint8) int {
	n := 0
	for _, k := range c.LocalKinds {
		if k&kind != 0 {
			n++
		}
	}
	return n
}

func optInt(n int32) Value {
	if n < 0 {
		return None
	}
	return Int(int64(n))
}

func codeGetAttr(t *Thread, v Value, name *Str) Value {
	c := as[Code](v)
	switch name.s {
	case "co_name":
		return NewStr(c.Name).Value()
	case "co_qualname":
		return NewStr(c.QualName).Value()
	case "co_filename":
		return NewStr(c.Filename).Value()
	case "co_firstlineno":
		return Int(int64(c.FirstLineno))
	case "co_argcount":
		return Int(int64(c.ArgCount))
	case "co_posonlyargcount":
		return Int(int64(c.PosOnlyArgCount))
	case "co_kwonlyargcount":
		return Int(int64(c.KwOnlyArgCount))
	case "co_nlocals":
		return Int(int64(c.countLocals(LocalPlain)))
	case "co_varnames":
		return c.localNamesOf(LocalPlain)
	case "co_cellvars":
		return c.localNamesOf(LocalCell)
	case "co_freevars":
		return c.localNamesOf(LocalFree)
	case "co_names":
		items := make([]Value, len(c.Names))
		for i, n := range c.Names {
			items[i] = n.Value()
		}
		return NewTuple(items).Value()
	case "co_consts":
		return NewTuple(append([]Value(nil), c.Consts...)).Value()
	case "co_flags":
		return Int(c.coFlags())
	case "co_stacksize":
		return Int(int64(c.StackSize))
	case "co_code", "_co_code_adaptive":
		b := make([]byte, 4*len(c.Units))
		for i, u := range c.Units {
			binary.LittleEndian.PutUint32(b[4*i:], u)
		}
		return NewBytes(string(b)).Value()
	case "co_exceptiontable", "co_linetable", "co_lnotab":
		return NewBytes("").Value()
	}
	return GenericGetAttr(t, v, name)
}

func codeRepr(t *Thread, v Value) Value {
	c := as[Code](v)
	return NewStr(fmt.Sprintf("<code object %s at %#x, file %q, line %d>", c.Name, uintptr(v.p), c.Filename, c.FirstLineno)).Value()
}

// coLines is co_lines(): (start, end, line) byte ranges, 2 bytes per code
// unit, consecutive units of one line merged.
func coLines(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
	if len(args) != 0 {
		return t.Raisef(TypeErrorType, "code.co_lines() takes no arguments (%d given)", len(args))
	}
	c := as[Code](self)
	var out []Value
	start := 0
	for i := 1; i <= len(c.Units); i++ {
		if i < len(c.Units) && c.LineOf(i) == c.LineOf(start) {
			continue
		}
		line := None
		if l := c.LineOf(start); l >= 0 {
			line = Int(int64(l))
		}
		out = append(out, NewTuple([]Value{Int(int64(2 * start)), Int(int64(2 * i)), line}).Value())
		start = i
	}
	return GetIter(t, NewList(out).Value())
}

// coPositions is co_positions(): (line, end_line, col, end_col) per code
// unit.
func coPositions(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
	if len(args) != 0 {
		return t.Raisef(TypeErrorType, "code.co_positions() takes no arguments (%d given)", len(args))
	}
	c := as[Code](self)
	out := make([]Value, len(c.Units))
	for i := range c.Units {
		p := Position{Line: -1, EndLine: -1, Col: -1, EndCol: -1}
		if i < len(c.Positions) {
			p = c.Positions[i]
		}
		out[i] = NewTuple([]Value{optInt(p.Line), optInt(p.EndLine), optInt(p.Col), optInt(p.EndCol)}).Value()
	}
	return GetIter(t, NewList(out).Value())
}

// codeReplace is replace(**changes) for the name, qualname, filename and
// first line; other fields raise.
func codeReplace(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
	if len(args) != kwnames.Len() {
		return t.RaiseMsg(TypeErrorType, "replace() takes no positional arguments")
	}
	c := *as[Code](self)
	c.Units = append([]uint32(nil), c.Units...)
	c.Caches = append([]InlineCache(nil), c.Caches...)
	for i, k := range kwnames.Items {
		ks, _ := AsStr(k)
		v := args[i]
		switch ks.s {
		case "co_name", "co_qualname", "co_filename":
			s, ok := AsStr(v)
			if !ok {
				return t.Raisef(TypeErrorType, "replace() argument '%s' must be str, not %s", ks.s, TypeOf(v).Name)
			}
			switch ks.s {
			case "co_name":
				c.Name = s.s
			case "co_qualname":
				c.QualName = s.s
			default:
				c.Filename = s.s
			}
		case "co_firstlineno":
			n, ok := AsInt64(v)
			if !ok {
				return t.Raisef(TypeErrorType, "replace() argument 'co_firstlineno' must be int, not %s", TypeOf(v).Name)
			}
			c.FirstLineno = int(n)
		default:
			return t.Raisef(TypeErrorType, "replace() got an unexpected keyword argument '%s'", ks.s)
		}
	}
	return c.Value()
}

func initCodeAttrs() {
	CodeType.GetAttr = codeGetAttr
	CodeType.Repr = codeRepr
	CodeType.addMethod("co_lines", coLines)
	CodeType.addMethod("co_positions", coPositions)
	CodeType.addMethod("replace", codeReplace)
	addAttrMembers(CodeType, "co_argcount", "co_cellvars", "co_code", "co_consts", "co_exceptiontable",
		"co_filename", "co_firstlineno", "co_flags", "co_freevars", "co_kwonlyargcount", "co_linetable",
		"co_lnotab", "co_name", "co_names", "co_nlocals", "co_posonlyargcount", "co_qualname",
		"co_stacksize", "co_varnames", "_co_code_adaptive")
}
