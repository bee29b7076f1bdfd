package object

// The introspection attributes of functions, bound methods, builtin
// functions and cells (CPython's funcobject.c/methodobject.c getsets).

import (
	"fmt"
	"strings"

	"github.com/subpy/subpy/core/opcode"
)

// CleanDoc removes the indentation of a docstring as CPython 3.13's
// compiler does: tabs expanded, the first line's leading spaces removed,
// and from every later line the common margin of the non-blank ones.
func CleanDoc(doc string) string {
	if strings.IndexByte(doc, '\t') >= 0 {
		doc = expandTabs(doc, 8)
	}
	lines := strings.Split(doc, "\n")
	margin := -1
	for _, l := range lines[1:] {
		n := len(l) - len(strings.TrimLeft(l, " "))
		if n < len(l) && (margin < 0 || n < margin) {
			margin = n
		}
	}
	if margin < 0 {
		margin = 0
	}
	first := strings.TrimLeft(lines[0], " ")
	if len(first) == len(lines[0]) && margin == 0 {
		return doc
	}
	lines[0] = first
	for i := 1; i < len(lines); i++ {
		l := lines[i]
		j := 0
		for j < margin && j < len(l) && l[j] == ' ' {
			j++
		}
		lines[i] = l[j:]
	}
	return strings.Join(lines, "\n")
}

func expandTabs(s string, size int) string {
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			n := size - col%size
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

// funcDoc is function.__doc__: set explicitly, or the code's docstring.
func (f *Function) doc() Value {
	if !f.Doc.IsNull() {
		return f.Doc
	}
	if f.Code != nil && !f.Code.Doc.IsNull() {
		return f.Code.Doc
	}
	return None
}

func functionGetAttr(t *Thread, v Value, name *Str) Value {
	f := as[Function](v)
	switch name.s {
	case "__name__":
		return NewStr(f.Name).Value()
	case "__qualname__":
		return NewStr(f.QualName).Value()
	case "__code__":
		return f.Code.Value()
	case "__globals__":
		return f.Globals.Value()
	case "__builtins__":
		return f.Builtins.Value()
	case "__module__":
		return f.Module
	case "__doc__":
		return f.doc()
	case "__defaults__":
		if f.Defaults == nil {
			return None
		}
		return f.Defaults.Value()
	case "__kwdefaults__":
		if f.KwDefaults == nil {
			return None
		}
		return f.KwDefaults.Value()
	case "__closure__":
		if f.Closure == nil {
			return None
		}
		return f.Closure.Value()
	case "__annotations__":
		if f.Annotations == nil {
			f.Annotations = NewDict()
		}
		return f.Annotations.Value()
	case "__dict__":
		return f.attrs.toDict().Value()
	case "__type_params__":
		if f.TypeParams == nil {
			return emptyTuple.Value()
		}
		return f.TypeParams.Value()
	}
	return GenericGetAttr(t, v, name)
}

func functionSetAttr(t *Thread, v Value, name *Str, val Value) int {
	f := as[Function](v)
	switch name.s {
	case "__name__", "__qualname__":
		s, ok := AsStr(val)
		if !ok {
			t.Raisef(TypeErrorType, "%s must be set to a string object", name.s)
			return -1
		}
		if name.s == "__name__" {
			f.Name = s.s
		} else {
			f.QualName = s.s
		}
		return 0
	case "__code__":
		c, ok := AsCode(val)
		if !ok {
			t.RaiseMsg(TypeErrorType, "__code__ must be set to a code object")
			return -1
		}
		nclosure := 0
		if f.Closure != nil {
			nclosure = f.Closure.Len()
		}
		if c.NFree != nclosure {
			t.Raisef(ValueErrorType, "%s() requires a code object with %d free vars, not %d", f.Name, nclosure, c.NFree)
			return -1
		}
		f.Code = c
		return 0
	case "__defaults__":
		if val.IsNull() || val == None {
			f.Defaults = nil
			return 0
		}
		tu, ok := AsTuple(val)
		if !ok {
			t.RaiseMsg(TypeErrorType, "__defaults__ must be set to a tuple object")
			return -1
		}
		f.Defaults = tu
		return 0
	case "__kwdefaults__":
		if val.IsNull() || val == None {
			f.KwDefaults = nil
			return 0
		}
		d, ok := AsDict(val)
		if !ok {
			t.RaiseMsg(TypeErrorType, "__kwdefaults__ must be set to a dict object")
			return -1
		}
		f.KwDefaults = d
		return 0
	case "__annotations__":
		if val.IsNull() || val == None {
			f.Annotations = nil
			return 0
		}
		d, ok := AsDict(val)
		if !ok {
			t.RaiseMsg(TypeErrorType, "__annotations__ must be set to a dict object")
			return -1
		}
		f.Annotations = d
		return 0
	case "__type_params__":
		tu, ok := AsTuple(val)
		if val.IsNull() || !ok {
			t.RaiseMsg(TypeErrorType, "__type_params__ must be set to a tuple")
			return -1
		}
		f.TypeParams = tu
		return 0
	case "__doc__":
		if val.IsNull() {
			val = None
		}
		f.Doc = val
		return 0
	case "__module__":
		if val.IsNull() {
			val = None
		}
		f.Module = val
		return 0
	case "__dict__":
		d, ok := AsDict(val)
		if val.IsNull() || !ok {
			if val.IsNull() {
				t.RaiseMsg(TypeErrorType, "cannot delete __dict__")
			} else {
				t.Raisef(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", TypeOf(val).Name)
			}
			return -1
		}
		f.attrs.dict, f.attrs.Shape, f.attrs.Slots = d, &Shape{}, nil
		return 0
	case "__globals__", "__closure__", "__builtins__":
		t.RaiseMsg(AttributeErrorType, "readonly attribute")
		return -1
	}
	return GenericSetAttr(t, v, name, val)
}

// methodGetAttr: a bound method's own attributes, then its function's.
func methodGetAttr(t *Thread, v Value, name *Str) Value {
	m := as[Method](v)
	switch name.s {
	case "__self__":
		return m.Self
	case "__func__":
		return m.Func
	case "__class__":
		return MethodType.Value()
	case "__doc__":
		return GetAttr(t, m.Func, name)
	}
	if r := MethodType.Lookup(name); !r.IsNull() {
		return GenericGetAttr(t, v, name)
	}
	return GetAttr(t, m.Func, name)
}

func methodRichCompare(t *Thread, a, b Value, op int) Value {
	if (op != opcode.CMP_EQ && op != opcode.CMP_NE) || TypeOf(b) != MethodType {
		return NotImplemented
	}
	x, y := as[Method](a), as[Method](b)
	eq := x.Self.p == y.Self.p && x.Self.x == y.Self.x
	if eq {
		r := RichCompare(t, x.Func, y.Func, opcode.CMP_EQ)
		if r.IsNull() {
			return Null
		}
		tr := Truth(t, r)
		if tr < 0 {
			return Null
		}
		eq = tr == 1
	}
	return Bool(eq == (op == opcode.CMP_EQ))
}

func methodHash(t *Thread, v Value) (int64, bool) {
	m := as[Method](v)
	h1 := int64(uintptr(m.Self.p)>>4) ^ int64(m.Self.x)
	h2, ok := Hash(t, m.Func)
	if !ok {
		return 0, false
	}
	h := h1 ^ h2
	if h == -1 {
		h = -2
	}
	return h, true
}

// builtinQualName is a builtin's __qualname__: 'len', 'list.append',
// 'dict.fromkeys'.
func (b *BuiltinFunction) qualName() string {
	if b.Self.IsNull() || TypeOf(b.Self) == ModuleType {
		return b.Name
	}
	if typ := AsType(b.Self); typ != nil {
		return typ.Name + "." + b.Name
	}
	return TypeOf(b.Self).Name + "." + b.Name
}

func builtinGetAttr(t *Thread, v Value, name *Str) Value {
	b := as[BuiltinFunction](v)
	switch name.s {
	case "__name__":
		return NewStr(b.Name).Value()
	case "__qualname__":
		return NewStr(b.qualName()).Value()
	case "__self__":
		if b.Self.IsNull() {
			return None
		}
		return b.Self
	case "__module__":
		if m, ok := AsModule(b.Self); ok {
			if n := m.Dict.getStr(strName); !n.IsNull() {
				return n
			}
		}
		if b.Self.IsNull() {
			return NewStr("builtins").Value()
		}
		return None
	case "__doc__", "__text_signature__":
		return None
	}
	return GenericGetAttr(t, v, name)
}

func methodDescrGetAttr(t *Thread, v Value, name *Str) Value {
	d := as[MethodDescr](v)
	switch name.s {
	case "__name__":
		return NewStr(d.Name).Value()
	case "__qualname__":
		return NewStr(d.Owner.Name + "." + d.Name).Value()
	case "__objclass__":
		return d.Owner.Value()
	case "__doc__", "__text_signature__":
		return None
	}
	return GenericGetAttr(t, v, name)
}

func cellGetAttr(t *Thread, v Value, name *Str) Value {
	if name.s == "cell_contents" {
		c := as[Cell](v)
		if c.Ref.IsNull() {
			return t.RaiseMsg(ValueErrorType, "Cell is empty")
		}
		return c.Ref
	}
	return GenericGetAttr(t, v, name)
}

func cellSetAttr(t *Thread, v Value, name *Str, val Value) int {
	if name.s == "cell_contents" {
		as[Cell](v).Ref = val
		return 0
	}
	return GenericSetAttr(t, v, name, val)
}

func cellRepr(t *Thread, v Value) Value {
	c := as[Cell](v)
	if c.Ref.IsNull() {
		return NewStr(fmt.Sprintf("<cell at %#x: empty>", uintptr(v.p))).Value()
	}
	ref := TypeOf(c.Ref).Name
	var addr uintptr
	if c.Ref.IsHeap() {
		addr = uintptr(c.Ref.p)
	} else {
		addr = uintptr(c.Ref.x)
	}
	return NewStr(fmt.Sprintf("<cell at %#x: %s object at %#x>", uintptr(v.p), ref, addr)).Value()
}

func cellRichCompare(t *Thread, a, b Value, op int) Value {
	if TypeOf(b) != CellType {
		return NotImplemented
	}
	x, y := as[Cell](a).Ref, as[Cell](b).Ref
	if !x.IsNull() && !y.IsNull() {
		return RichCompare(t, x, y, op)
	}
	// An empty cell sorts before a full one.
	bx, by := 0, 0
	if !x.IsNull() {
		bx = 1
	}
	if !y.IsNull() {
		by = 1
	}
	return Bool(cmpSmallInts(bx, by, op))
}

func cmpSmallInts(a, b, op int) bool {
	switch op {
	case opcode.CMP_LT:
		return a < b
	case opcode.CMP_LE:
		return a <= b
	case opcode.CMP_EQ:
		return a == b
	case opcode.CMP_NE:
		return a != b
	case opcode.CMP_GT:
		return a > b
	}
	return a >= b
}

func initFuncAttrs() {
	FunctionType.GetAttr = functionGetAttr
	FunctionType.SetAttr = functionSetAttr
	MethodType.GetAttr = methodGetAttr
	MethodType.Compare = methodRichCompare
	MethodType.Hash = methodHash
	BuiltinFunctionType.GetAttr = builtinGetAttr
	MethodDescrType.GetAttr = methodDescrGetAttr
	CellType.GetAttr = cellGetAttr
	CellType.SetAttr = cellSetAttr
	CellType.Repr = cellRepr
	CellType.Compare = cellRichCompare
	CellType.Hash = unhashable
	CellType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		if kwnames != nil {
			return t.RaiseMsg(TypeErrorType, "cell() takes no keyword arguments")
		}
		if len(args) > 1 {
			return t.Raisef(TypeErrorType, "cell expected at most 1 argument, got %d", len(args))
		}
		c := NewCell(Null)
		if len(args) == 1 {
			c.Ref = args[0]
		}
		return c.Value()
	}
	addAttrGetters(FunctionType, "__annotations__", "__builtins__", "__closure__", "__code__", "__defaults__",
		"__dict__", "__doc__", "__globals__", "__kwdefaults__", "__module__", "__name__", "__qualname__", "__type_params__")
	addAttrMembers(MethodType, "__func__", "__self__")
	addAttrGetters(MethodType, "__doc__")
	addAttrGetters(BuiltinFunctionType, "__name__", "__qualname__", "__self__", "__doc__", "__text_signature__")
	addAttrMembers(BuiltinFunctionType, "__module__")
	addAttrGetters(MethodDescrType, "__name__", "__qualname__", "__objclass__", "__doc__", "__text_signature__")
	addAttrGetters(CellType, "cell_contents")
}

// addAttrGetters lists attributes a type's GetAttr computes as getters in
// its dict (dir() shows them, `type.__dict__[name]` finds them); each
// getter asks GetAttr, which must answer the name itself.
func addAttrGetters(typ *Type, names ...string) { addAttrDescrs(typ, false, names) }

// addAttrMembers is addAttrGetters for CPython's read-only members
// (assigning one says "readonly attribute").
func addAttrMembers(typ *Type, names ...string) { addAttrDescrs(typ, true, names) }

func addAttrDescrs(typ *Type, member bool, names []string) {
	for _, n := range names {
		name := NewStr(n)
		get := func(t *Thread, v Value) Value { return TypeOf(v).GetAttr(t, v, name) }
		typ.Dict.setStrInit(n, fromHeap(&getSetDescr{Header{getSetTypeFor(member)}, n, typ, get, member}))
	}
}
