package vm

import (
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
)

// matchOp executes the pattern-matching instructions (their stack
// pictures are in core/opcode); it returns the new stack pointer, false
// when an exception was raised.
func (t *Thread) matchOp(op opcode.Opcode, arg int, s []object.Value, sp int) (int, bool) {
	ot := &t.Thread
	switch op {
	case opcode.GET_LEN:
		n := object.Len(ot, s[sp-1])
		if n < 0 {
			return sp, false
		}
		s[sp] = object.Int(int64(n))
		return sp + 1, true
	case opcode.MATCH_SEQUENCE:
		s[sp] = object.Bool(hasBuiltinBase(object.TypeOf(s[sp-1]), sequenceTypes))
		return sp + 1, true
	case opcode.MATCH_MAPPING:
		s[sp] = object.Bool(hasBuiltinBase(object.TypeOf(s[sp-1]), mappingTypes))
		return sp + 1, true
	case opcode.MATCH_KEYS:
		v := t.matchKeys(s[sp-2], s[sp-1])
		if v.IsNull() {
			return sp, false
		}
		s[sp] = v
		return sp + 1, true
	case opcode.MATCH_CLASS:
		v := t.matchClass(s[sp-3], s[sp-2], s[sp-1], arg)
		if v.IsNull() {
			return sp, false
		}
		s[sp-1], s[sp-2] = object.Null, object.Null
		s[sp-3] = v
		return sp - 2, true
	case opcode.COPY_DICT_WITHOUT_KEYS:
		d := object.NewDict()
		if !t.dictUpdate(d, s[sp-2], false, object.Null) {
			return sp, false
		}
		keys, _ := object.AsTuple(s[sp-1])
		for _, k := range keys.Items {
			if d.DelItem(ot, k) < 0 {
				return sp, false
			}
		}
		s[sp] = d.Value()
		return sp + 1, true
	}
	t.Raisef(object.SystemErrorType, "unknown opcode %d", op)
	return sp, false
}

// The builtin types whose instances (subclasses included) match sequence
// patterns (CPython's Py_TPFLAGS_SEQUENCE), mapping patterns
// (Py_TPFLAGS_MAPPING), and match a class pattern's single positional
// sub-pattern against themselves (_Py_TPFLAGS_MATCH_SELF). By name, so
// types defined in other files need not be imported.
func sequenceTypes(name string) bool {
	switch name {
	case "list", "tuple", "range", "memoryview", "collections.deque", "deque", "array.array":
		return true
	}
	return false
}

func mappingTypes(name string) bool { return name == "dict" || name == "mappingproxy" }

func matchSelfTypes(name string) bool {
	switch name {
	case "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple":
		return true
	}
	return false
}

func hasBuiltinBase(typ *object.Type, is func(string) bool) bool {
	for _, b := range typ.MRO {
		if !b.IsHeapType() && is(b.Name) {
			return true
		}
	}
	return false
}

// matchKeys is MATCH_KEYS: the values of keys in subject (through its get
// method, as CPython), or None when one is missing.
func (t *Thread) matchKeys(subject, keysV object.Value) object.Value {
	ot := &t.Thread
	keys, _ := object.AsTuple(keysV)
	if len(keys.Items) == 0 {
		return object.NewTuple(nil).Value()
	}
	get := object.GetAttr(ot, subject, object.NewStr("get"))
	if get.IsNull() {
		return object.Null
	}
	dummy := object.NewList(nil).Value()
	seen := object.NewDict()
	values := make([]object.Value, 0, len(keys.Items))
	for _, k := range keys.Items {
		if !seen.GetItem(ot, k).IsNull() {
			r := object.Repr(ot, k)
			if r == nil {
				return object.Null
			}
			return t.Raisef(object.ValueErrorType, "mapping pattern checks duplicate key (%s)", r.String())
		}
		if t.Exc != nil || seen.SetItem(ot, k, object.None) < 0 {
			return object.Null
		}
		v := object.Call(ot, get, []object.Value{k, dummy}, nil)
		if v.IsNull() {
			return object.Null
		}
		if v == dummy {
			return object.None
		}
		values = append(values, v)
	}
	return object.NewTuple(values).Value()
}

// matchClass is MATCH_CLASS: the tuple of subject's attributes for npos
// positional sub-patterns and the keyword names, or None.
func (t *Thread) matchClass(subject, clsV, namesV object.Value, npos int) object.Value {
	ot := &t.Thread
	cls := object.AsType(clsV)
	if cls == nil {
		return t.RaiseMsg(object.TypeErrorType, "called match pattern must be a class")
	}
	if !object.TypeOf(subject).IsSubtype(cls) {
		return object.None
	}
	names, _ := object.AsTuple(namesV)
	var attrs []object.Value
	var seen []string
	getAttr := func(name string) (object.Value, bool) {
		for _, s := range seen {
			if s == name {
				t.Raisef(object.TypeErrorType, "%s() got multiple sub-patterns for attribute '%s'", cls.Name, name)
				return object.Null, false
			}
		}
		seen = append(seen, name)
		v := object.GetAttr(ot, subject, object.NewStr(name))
		if v.IsNull() {
			if t.ExceptionMatches(object.AttributeErrorType) {
				t.Clear()
				return object.Null, true
			}
			return object.Null, false
		}
		return v, true
	}
	if npos > 0 {
		matchArgs := object.GetAttr(ot, clsV, object.NewStr("__match_args__"))
		var args *object.Tuple
		matchSelf := false
		if matchArgs.IsNull() {
			if !t.ExceptionMatches(object.AttributeErrorType) {
				return object.Null
			}
			t.Clear()
			matchSelf = hasBuiltinBase(cls, matchSelfTypes)
		} else {
			var ok bool
			if args, ok = object.AsTuple(matchArgs); !ok || object.TypeOf(matchArgs) != object.TupleType {
				return t.Raisef(object.TypeErrorType, "%s.__match_args__ must be a tuple (got %s)", cls.Name, object.TypeOf(matchArgs).Name)
			}
		}
		allowed := 1
		if !matchSelf {
			allowed = 0
			if args != nil {
				allowed = len(args.Items)
			}
		}
		if npos > allowed {
			plural := "s"
			if allowed == 1 {
				plural = ""
			}
			return t.Raisef(object.TypeErrorType, "%s() accepts %d positional sub-pattern%s (%d given)", cls.Name, allowed, plural, npos)
		}
		if matchSelf {
			attrs = append(attrs, subject)
		} else {
			for i := range npos {
				name, ok := object.AsStr(args.Items[i])
				if !ok {
					return t.Raisef(object.TypeErrorType, "__match_args__ elements must be strings (got %s)", object.TypeOf(args.Items[i]).Name)
				}
				v, ok := getAttr(name.String())
				if !ok {
					return object.Null
				}
				if v.IsNull() {
					return object.None
				}
				attrs = append(attrs, v)
			}
		}
	}
	for _, n := range names.Items {
		s, _ := object.AsStr(n)
		v, ok := getAttr(s.String())
		if !ok {
			return object.Null
		}
		if v.IsNull() {
			return object.None
		}
		attrs = append(attrs, v)
	}
	return object.NewTuple(attrs).Value()
}
