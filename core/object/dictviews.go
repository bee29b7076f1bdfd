package object

// dict's set-like views, its reversed iterators, `|` and `|=`, and
// update()'s argument rules.

// The dict iterator types, by kind (keys, values, items) and direction.
var (
	DictValueIterType    = &Type{Name: "dict_valueiterator"}
	DictItemIterType     = &Type{Name: "dict_itemiterator"}
	DictRevKeyIterType   = &Type{Name: "dict_reversekeyiterator"}
	DictRevValueIterType = &Type{Name: "dict_reversevalueiterator"}
	DictRevItemIterType  = &Type{Name: "dict_reverseitemiterator"}
	dictIterTypes        = [2][3]*Type{}
)

// dictRevIter walks a dict's entries backwards.
type dictRevIter struct {
	Header
	d    *Dict
	i    int // next entry to look at, counting down
	used int
	kind int
}

func dictIterItem(e *dictEntry, kind int) Value {
	switch kind {
	case 0:
		return e.key
	case 1:
		return e.value
	}
	return NewTuple([]Value{e.key, e.value}).Value()
}

// dictUpdateArg adds the items of arg to d as dict.update(arg) does: a
// dict, a mapping (an object with keys()), or an iterable of pairs.
func dictUpdateArg(t *Thread, d *Dict, arg Value) int {
	// A dict whose __iter__ is dict's merges directly (CPython's
	// dict_merge: an overridden keys() is not called then).
	if src, ok := AsDict(arg); ok && lookupPy(TypeOf(arg), NewStr("__iter__")).IsNull() {
		if src == d {
			return 0
		}
		// The source may change while keys compare: index, re-check.
		for i := 0; i < len(src.entries); i++ {
			e := src.entries[i]
			if e.key.IsNull() {
				continue
			}
			if d.setItemHash(t, e.key, e.hash, e.value) < 0 {
				return -1
			}
		}
		return 0
	}
	if keysAttr := lookupAttrQuiet(t, arg, "keys"); !keysAttr.IsNull() {
		keys := Call(t, keysAttr, nil, nil)
		if keys.IsNull() {
			return -1
		}
		if ForEach(t, keys, func(k Value) bool {
			v := GetItem(t, arg, k)
			return !v.IsNull() && d.SetItem(t, k, v) == 0
		}) < 0 {
			return -1
		}
		return 0
	} else if t.Exc != nil {
		return -1
	}
	i := 0
	if ForEach(t, arg, func(item Value) bool {
		var kv []Value
		switch {
		case IsInstance(item, TupleType):
			kv = as[Tuple](item).Items
		case IsInstance(item, ListType):
			kv = as[List](item).Items
		default:
			typ := TypeOf(item)
			if typ.Iter == nil && typ.GetItem == nil {
				t.Raisef(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
				return false
			}
			var ok bool
			if kv, ok = CollectItems(t, item); !ok {
				return false
			}
		}
		if len(kv) != 2 {
			t.Raisef(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))
			return false
		}
		i++
		return d.SetItem(t, kv[0], kv[1]) == 0
	}) < 0 {
		return -1
	}
	return 0
}

// lookupAttrQuiet returns v.name, or NULL with no exception when v has
// no such attribute (other errors stay set).
func lookupAttrQuiet(t *Thread, v Value, name string) Value {
	typ := TypeOf(v)
	if typ.GetAttr == nil && typ.Lookup(NewStr(name)).IsNull() {
		if _, ok := AsDict(v); ok || !typ.IsHeapType() {
			return Null
		}
	}
	r := GetAttr(t, v, NewStr(name))
	if r.IsNull() && t.ExceptionMatches(AttributeErrorType) {
		t.Clear()
	}
	return r
}

// dictUpdate is dict.update(*args, **kwargs) and dict(*args, **kwargs).
func dictUpdate(t *Thread, d *Dict, what string, args []Value, kwnames *Tuple) int {
	npos := len(args) - kwnames.Len()
	if npos > 1 {
		t.Raisef(TypeErrorType, "%s expected at most 1 argument, got %d", what, npos)
		return -1
	}
	if npos == 1 && dictUpdateArg(t, d, args[0]) < 0 {
		return -1
	}
	for i := 0; i < kwnames.Len(); i++ {
		if d.SetItem(t, kwnames.Items[i], args[npos+i]) < 0 {
			return -1
		}
	}
	return 0
}

// copyDict is dict.copy(): a new exact dict with d's items in order
// (nil when a key comparison raised).
func (d *Dict) copyDict(t *Thread) *Dict {
	if d.used == len(d.entries) && len(d.indices) == tableSize(d.used) {
		return d.Copy()
	}
	c := NewDict()
	c.Reserve(d.used)
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if !e.key.IsNull() && c.setItemHash(t, e.key, e.hash, e.value) < 0 {
			return nil
		}
	}
	return c
}

// viewSet returns the items of a view (or any iterable) as a new set.
func viewSet(t *Thread, v Value) *Set {
	s := NewSet()
	if s.Update(t, v) < 0 {
		return nil
	}
	return s
}

// isSetLikeView reports whether v is a keys or items view.
func isSetLikeView(v Value) bool {
	if !v.IsHeap() {
		return false
	}
	typ := v.header().typ
	return typ == DictKeysType || typ == DictItemsType
}

func viewContains(t *Thread, c, v Value) int {
	dv := as[dictView](c)
	switch dv.kind {
	case 0:
		return DictType.Contains(t, dv.d.Value(), v)
	case 2:
		tu, ok := AsTuple(v)
		if !ok || len(tu.Items) != 2 {
			return 0
		}
		r := dv.d.GetItem(t, tu.Items[0])
		if r.IsNull() {
			if t.Exc != nil {
				return -1
			}
			return 0
		}
		return Equal(t, r, tu.Items[1])
	}
	found := 0
	dv.d.Items(func(_, x Value) bool {
		found = Equal(t, x, v)
		return found == 0
	})
	return found
}

func viewOp(op int) BinaryFunc {
	return func(t *Thread, a, b Value) Value {
		if op != nbSub && !isSetLikeView(a) {
			a, b = b, a
		}
		r := viewSet(t, a)
		if r == nil {
			return Null
		}
		switch op {
		case nbOr:
			if r.Update(t, b) < 0 {
				return Null
			}
		case nbAnd:
			n := NewSet()
			failed := false
			if ForEach(t, b, func(k Value) bool {
				switch r.Contains(t, k) {
				case 1:
					failed = n.Add(t, k) < 0
				case -1:
					failed = true
				}
				return !failed
			}) < 0 || failed {
				return Null
			}
			return n.Value()
		case nbSub:
			if r.differenceUpdate(t, []Value{b}) < 0 {
				return Null
			}
		case nbXor:
			if r.symmetricDifferenceUpdate(t, b) < 0 {
				return Null
			}
		}
		return r.Value()
	}
}

func viewCompare(t *Thread, a, b Value, op int) Value {
	if !isSetLikeView(a) {
		return NotImplemented
	}
	if !isSetLikeView(b) {
		if _, ok := AsSet(b); !ok {
			return NotImplemented
		}
	}
	la, lb := Len(t, a), Len(t, b)
	if la < 0 || lb < 0 {
		return Null
	}
	// contained reports whether every item of x is in y.
	contained := func(x, y Value) int {
		r := 1
		if ForEach(t, x, func(k Value) bool {
			c := Contains(t, y, k)
			if c != 1 {
				r = c
				return false
			}
			return true
		}) < 0 {
			return -1
		}
		return r
	}
	var r int
	switch op {
	case cmpEQ, cmpNE:
		if la == lb {
			r = contained(a, b)
		}
		if r >= 0 && op == cmpNE {
			r = 1 - r
		}
	case cmpLT:
		if la < lb {
			r = contained(a, b)
		}
	case cmpLE:
		if la <= lb {
			r = contained(a, b)
		}
	case cmpGT:
		if la > lb {
			r = contained(b, a)
		}
	case cmpGE:
		if la >= lb {
			r = contained(b, a)
		}
	}
	if r < 0 {
		return Null
	}
	return Bool(r == 1)
}

func dictReversed(d *Dict, kind int) Value {
	return fromHeap(&dictRevIter{Header{dictIterTypes[1][kind]}, d, len(d.entries) - 1, d.used, kind})
}

func initDictViews() {
	dictIterTypes = [2][3]*Type{
		{DictIterType, DictValueIterType, DictItemIterType},
		{DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType},
	}
	for _, typ := range []*Type{DictValueIterType, DictItemIterType} {
		setupBuiltinType(typ, ObjectType, 0)
		typ.New = nil
		typ.Iter = selfIter
		typ.Next = DictIterType.Next
	}
	for _, typ := range dictIterTypes[1] {
		setupBuiltinType(typ, ObjectType, 0)
		typ.New = nil
		typ.Iter = selfIter
		typ.Next = func(t *Thread, v Value) Value {
			it := as[dictRevIter](v)
			if it.used != it.d.used {
				it.used = -1
				it.i = -1
				return t.RaiseMsg(RuntimeErrorType, "dictionary changed size during iteration")
			}
			for it.i >= 0 && it.i < len(it.d.entries) {
				e := &it.d.entries[it.i]
				it.i--
				if !e.key.IsNull() {
					return dictIterItem(e, it.kind)
				}
			}
			it.i = -1
			return Null
		}
	}
	DictType.addMethod("__reversed__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return dictReversed(as[Dict](self), 0)
	})
	for kind, typ := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		typ.Contains = viewContains
		typ.addMethod("__reversed__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			return dictReversed(as[dictView](self).d, kind)
		})
		typ.Repr = func(t *Thread, v Value) Value {
			if !ReprEnter(t, v) {
				return NewStr("...").Value()
			}
			defer ReprLeave(t, v)
			items, ok := CollectItems(t, v)
			if !ok {
				return Null
			}
			return reprItems(t, typ.Name+"([", "])", items)
		}
		typ.AddGetter("mapping", func(t *Thread, v Value) Value { return NewMappingProxy(as[dictView](v).d.Value()) })
		if kind == 1 {
			continue
		}
		typ.Hash = unhashable
		typ.Compare = viewCompare
		for _, op := range []int{nbOr, nbAnd, nbSub, nbXor} {
			typ.Binary[op] = viewOp(op)
		}
		typ.addMethod("isdisjoint", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if !argCount(t, "isdisjoint", args, kwnames, 1, 1) {
				return Null
			}
			res := 1
			if ForEach(t, args[0], func(k Value) bool {
				switch viewContains(t, self, k) {
				case 1:
					res = 0
					return false
				case -1:
					res = -1
					return false
				}
				return true
			}) < 0 && res == 1 {
				return Null
			}
			if res < 0 {
				return Null
			}
			return Bool(res == 1)
		})
	}
	DictType.Binary[nbOr] = func(t *Thread, a, b Value) Value {
		x, ok1 := AsDict(a)
		y, ok2 := AsDict(b)
		if !ok1 || !ok2 {
			return NotImplemented
		}
		r := x.copyDict(t)
		if r == nil || dictUpdateArg(t, r, y.Value()) < 0 {
			return Null
		}
		return r.Value()
	}
	DictType.InPlace[nbOr] = func(t *Thread, a, b Value) Value {
		if dictUpdateArg(t, as[Dict](a), b) < 0 {
			return Null
		}
		return a
	}
	repr := DictType.Repr
	DictType.Repr = func(t *Thread, v Value) Value {
		if !ReprEnter(t, v) {
			return NewStr("{...}").Value()
		}
		r := repr(t, v)
		ReprLeave(t, v)
		return r
	}
}
