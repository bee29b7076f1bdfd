package vm

// The first builtins, enough for the vertical slice. They are written
// against object's API and this package's exported surface only, so they
// move to core/builtins (layer 7, a ModuleDef) unchanged once it exists.

import (
	"fmt"
	"io"
	"strings"

	"github.com/subpy/subpy/core/object"
)

type builtinFunc func(t *Thread, args []object.Value, kwnames *object.Tuple) object.Value

func installBuiltins(t *Thread, m *object.Module) {
	d := m.Dict
	set := func(name string, v object.Value) { d.SetStr(object.NewStr(name), v) }
	fn := func(name string, f builtinFunc) {
		// The calling thread, not the creating one: ot.Eval is its vm.Thread.
		set(name, object.NewBuiltin(name, m.Value(), func(ot *object.Thread, self object.Value, args []object.Value, kwnames *object.Tuple) object.Value {
			return f(ot.Eval.(*Thread), args, kwnames)
		}))
	}
	for _, typ := range []*object.Type{object.ObjectType, object.TypeType, object.IntType, object.FloatType,
		object.StrType, object.BoolType, object.ListType, object.TupleType, object.DictType, object.RangeType,
		object.SliceType, object.SetType, object.FrozenSetType, object.BytesType, object.ByteArrayType,
		object.ComplexType} {
		set(typ.Name, typ.Value())
	}
	for _, typ := range []*object.Type{object.PropertyType, object.StaticMethodType, object.ClassMethodType, superType} {
		set(typ.Name, typ.Value())
	}
	for _, typ := range object.BuiltinExceptionTypes() {
		set(typ.Name, typ.Value())
	}
	for name, typ := range object.BuiltinExceptionAliases {
		set(name, typ.Value())
	}
	set("None", object.None)
	set("Ellipsis", object.Ellipsis)
	set("NotImplemented", object.NotImplemented)
	fn("print", builtinPrint)
	installInput(m) // input, exit, quit: builtins_input.go
	fn("len", func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !exactArgs(t, "len", args, kw, 1) {
			return object.Null
		}
		n := object.Len(&t.Thread, args[0])
		if n < 0 {
			return object.Null
		}
		return object.Int(int64(n))
	})
	fn("repr", func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !exactArgs(t, "repr", args, kw, 1) {
			return object.Null
		}
		return object.ReprValue(&t.Thread, args[0])
	})
	fn("abs", func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !exactArgs(t, "abs", args, kw, 1) {
			return object.Null
		}
		return object.Abs(&t.Thread, args[0])
	})
	fn("getattr", func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) < 2 || len(args) > 3 {
			return t.Raisef(object.TypeErrorType, "getattr expected at least 2 arguments, got %d", len(args))
		}
		name, ok := object.AsStr(args[1])
		if !ok {
			return t.Raisef(object.TypeErrorType, "attribute name must be string, not '%s'", object.TypeOf(args[1]).Name)
		}
		r := object.GetAttr(&t.Thread, args[0], name)
		if r.IsNull() && len(args) == 3 && t.ExceptionMatches(object.AttributeErrorType) {
			t.Clear()
			return args[2]
		}
		return r
	})
	fn("hasattr", func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !exactArgs(t, "hasattr", args, kw, 2) {
			return object.Null
		}
		name, ok := object.AsStr(args[1])
		if !ok {
			return t.Raisef(object.TypeErrorType, "attribute name must be string, not '%s'", object.TypeOf(args[1]).Name)
		}
		r := object.GetAttr(&t.Thread, args[0], name)
		if r.IsNull() {
			if t.ExceptionMatches(object.AttributeErrorType) {
				t.Clear()
				return object.False
			}
			return object.Null
		}
		return object.True
	})
	fn("setattr", func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !exactArgs(t, "setattr", args, kw, 3) {
			return object.Null
		}
		name, ok := object.AsStr(args[1])
		if !ok {
			return t.Raisef(object.TypeErrorType, "attribute name must be string, not '%s'", object.TypeOf(args[1]).Name)
		}
		if object.SetAttr(&t.Thread, args[0], name, args[2]) < 0 {
			return object.Null
		}
		return object.None
	})
	fn("callable", func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !exactArgs(t, "callable", args, kw, 1) {
			return object.Null
		}
		return object.Bool(object.TypeOf(args[0]).Call != nil)
	})
	fn("id", func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !exactArgs(t, "id", args, kw, 1) {
			return object.Null
		}
		if p := args[0].Ptr(); p != nil {
			return object.Int(int64(uintptr(p)))
		}
		h, _ := object.Hash(&t.Thread, args[0])
		return object.Int(h)
	})
	fn("format", func(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) < 1 || len(args) > 2 || kw != nil {
			return t.Raisef(object.TypeErrorType, "format expected at most 2 arguments, got %d", len(args))
		}
		spec := ""
		if len(args) == 2 {
			s, ok := object.AsStr(args[1])
			if !ok {
				return t.Raisef(object.TypeErrorType, "format() argument 2 must be str, not %s", object.TypeOf(args[1]).Name)
			}
			spec = s.String()
		}
		return object.Format(&t.Thread, args[0], spec)
	})
	installIterBuiltins(fn)
	installNumBuiltins(fn)
	installMiscBuiltins(set, fn) // builtins_misc.go: replaces some of the above
	fn("__build_class__", buildClass)
}

func exactArgs(t *Thread, name string, args []object.Value, kwnames *object.Tuple, n int) bool {
	if kwnames != nil {
		t.Raisef(object.TypeErrorType, "%s() takes no keyword arguments", name)
		return false
	}
	if len(args) != n {
		if n == 1 {
			t.Raisef(object.TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
		} else {
			t.Raisef(object.TypeErrorType, "%s expected %d arguments, got %d", name, n, len(args))
		}
		return false
	}
	return true
}

// splitKw separates keyword arguments into a map.
func splitKw(args []object.Value, kwnames *object.Tuple) ([]object.Value, map[string]object.Value) {
	n := len(args) - kwnames.Len()
	if kwnames.Len() == 0 {
		return args, nil
	}
	kw := map[string]object.Value{}
	for i, k := range kwnames.Items {
		s, _ := object.AsStr(k)
		kw[s.String()] = args[n+i]
	}
	return args[:n], kw
}

func builtinPrint(t *Thread, args []object.Value, kwnames *object.Tuple) object.Value {
	pos, kw := splitKw(args, kwnames)
	sep, end := " ", "\n"
	file, flush := object.None, false
	for k, v := range kw {
		switch k {
		case "sep", "end":
			if v == object.None {
				continue
			}
			s, ok := object.AsStr(v)
			if !ok {
				return t.Raisef(object.TypeErrorType, "%s must be None or a string, not %s", k, object.TypeOf(v).Name)
			}
			if k == "sep" {
				sep = s.String()
			} else {
				end = s.String()
			}
		case "file":
			file = v
		case "flush":
			r := object.Truth(&t.Thread, v)
			if r < 0 {
				return object.Null
			}
			flush = r == 1
		default:
			if sug := closestName([]string{"sep", "end", "file", "flush"}, fmt.Sprint(k)); sug != "" {
				return t.Raisef(object.TypeErrorType, "print() got an unexpected keyword argument '%s'. Did you mean '%s'?", k, sug)
			}
			return t.Raisef(object.TypeErrorType, "print() got an unexpected keyword argument '%s'", k)
		}
	}
	// The pieces CPython writes one by one: each argument's str, the
	// separators and the end.
	pieces := make([]string, 0, 2*len(pos)+1)
	for i, a := range pos {
		if i > 0 {
			pieces = append(pieces, sep)
		}
		s := object.StrOf(&t.Thread, a)
		if s.IsNull() {
			return object.Null
		}
		str, _ := object.AsStr(s)
		pieces = append(pieces, str.String())
	}
	pieces = append(pieces, end)
	if file == object.None {
		if sys, ok := object.AsModule(t.interp.Modules.GetStr(strSys)); ok {
			if f := sys.Dict.GetStr(strStdout); !f.IsNull() {
				file = f
			}
		}
	}
	if file == object.None || file == t.interp.DefaultStdout {
		text := strings.Join(pieces, "")
		if strings.IndexByte(text, 0xED) >= 0 && !file.IsNull() && file != object.None {
			// A lone surrogate maybe: sys.stdout's write applies its error handler.
			return t.printTo(file, pieces, flush)
		}
		io.WriteString(t.interp.Stdout, text)
		if flush {
			if w, ok := t.interp.Stdout.(interface{ Flush() }); ok {
				w.Flush()
			}
		}
		return object.None
	}
	return t.printTo(file, pieces, flush)
}

// strSys and strStdout are print()'s lookup keys (immutable strs, made
// once at package initialization).
var strSys, strStdout = object.NewStr("sys"), object.NewStr("stdout")

// printTo writes print()'s pieces through file.write (and file.flush).
func (t *Thread) printTo(file object.Value, pieces []string, flush bool) object.Value {
	w := object.GetAttr(&t.Thread, file, object.NewStr("write"))
	if w.IsNull() {
		return object.Null
	}
	for _, p := range pieces {
		if p == "" {
			continue
		}
		if object.Call(&t.Thread, w, []object.Value{object.NewStr(p).Value()}, nil).IsNull() {
			return object.Null
		}
	}
	if flush {
		fl := object.GetAttr(&t.Thread, file, object.NewStr("flush"))
		if fl.IsNull() || object.Call(&t.Thread, fl, nil, nil).IsNull() {
			return object.Null
		}
	}
	return object.None
}

// minMax is min (op LT) or max (op GT) with key= and default=.
func minMax(t *Thread, name string, args []object.Value, kwnames *object.Tuple, op int) object.Value {
	pos, kw := splitKw(args, kwnames)
	key, def := kw["key"], kw["default"]
	if len(pos) == 0 {
		return t.Raisef(object.TypeErrorType, "%s expected at least 1 argument, got 0", name)
	}
	items := pos
	if len(pos) == 1 {
		var ok bool
		if items, ok = object.CollectItems(&t.Thread, pos[0]); !ok {
			return object.Null
		}
		if len(items) == 0 {
			if !def.IsNull() {
				return def
			}
			return t.Raisef(object.ValueErrorType, "%s() iterable argument is empty", name)
		}
	}
	var best, bestKey object.Value
	for _, it := range items {
		k := it
		if !key.IsNull() && key != object.None {
			if k = object.Call(&t.Thread, key, []object.Value{it}, nil); k.IsNull() {
				return object.Null
			}
		}
		if best.IsNull() {
			best, bestKey = it, k
			continue
		}
		r := object.RichCompare(&t.Thread, k, bestKey, op)
		if r.IsNull() {
			return object.Null
		}
		if object.Truth(&t.Thread, r) == 1 {
			best, bestKey = it, k
		}
	}
	return best
}

func builtinSorted(t *Thread, args []object.Value, kwnames *object.Tuple) object.Value {
	pos, kw := splitKw(args, kwnames)
	if len(pos) != 1 {
		return t.Raisef(object.TypeErrorType, "sorted expected 1 argument, got %d", len(pos))
	}
	items, ok := object.CollectItems(&t.Thread, pos[0])
	if !ok {
		return object.Null
	}
	reverse := false
	if r := kw["reverse"]; !r.IsNull() {
		tr := object.Truth(&t.Thread, r)
		if tr < 0 {
			return object.Null
		}
		reverse = tr == 1
	}
	if !object.SortValues(&t.Thread, items, kw["key"], reverse) {
		return object.Null
	}
	return object.NewList(items).Value()
}

// runCode runs module or class-body code with the given namespaces.
func (t *Thread) runCode(code *object.Code, globals, builtins, locals *object.Dict, closure *object.Tuple) object.Value {
	if t.depth >= t.interp.RecursionLimit {
		return t.RaiseMsg(object.RecursionErrorType, "maximum recursion depth exceeded")
	}
	f := t.pushFrame(code)
	clear(f.slots[:code.NLocals()])
	f.globals, f.builtins, f.locals = globals, builtins, locals
	if closure != nil {
		copy(f.slots[code.NLocals()-code.NFree:], closure.Items)
	}
	f.entry = true
	t.depth++
	return t.run()
}

var _ = fmt.Sprint
