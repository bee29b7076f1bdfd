package object

// More methods of list, dict and str (the common ones; the rest are
// listed in docs/engine-design.md, §13).

func initListMethods() {
	m := ListType.addMethod
	m("sort", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		pos, kw := kwArgs(args, kwnames)
		if len(pos) > 0 {
			return t.RaiseMsg(TypeErrorType, "sort() takes no positional arguments")
		}
		if kwnames.Len() > 2 {
			return t.Raisef(TypeErrorType, "sort() takes at most 2 keyword arguments (%d given)", kwnames.Len())
		}
		for k := range kw {
			if k != "key" && k != "reverse" {
				return t.Raisef(TypeErrorType, "sort() got an unexpected keyword argument '%s'", k)
			}
		}
		reverse := false
		if r, ok := kw["reverse"]; ok {
			tr := Truth(t, r)
			if tr < 0 {
				return Null
			}
			reverse = tr == 1
		}
		l := as[List](self)
		// As CPython: the list looks empty while it is sorted, and a
		// change made meanwhile (by a key or a comparison) is an error.
		items := l.Items
		l.Items = nil
		ok := SortValues(t, items, kw["key"], reverse)
		modified := l.Items != nil
		l.Items = items
		if !ok {
			return Null
		}
		if modified {
			return t.RaiseMsg(ValueErrorType, "list modified during sort")
		}
		return None
	})
	m("reverse", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "list.reverse", args, kwnames, 0, 0) {
			return Null
		}
		l := as[List](self)
		for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
			l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
		}
		return None
	})
	m("insert", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 2 {
			return t.Raisef(TypeErrorType, "insert expected 2 arguments, got %d", len(args))
		}
		l := as[List](self)
		i, ok := SsizeArg(t, args[0])
		if !ok {
			return Null
		}
		n := int64(len(l.Items))
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		l.Items = append(l.Items, Null)
		copy(l.Items[i+1:], l.Items[i:])
		l.Items[i] = args[1]
		return None
	})
	find := func(t *Thread, l *List, v Value) int {
		for i := 0; i < len(l.Items); i++ {
			switch Equal(t, l.Items[i], v) {
			case 1:
				return i
			case -1:
				return -2
			}
		}
		return -1
	}
	m("remove", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.Raisef(TypeErrorType, "list.remove() takes exactly one argument (%d given)", len(args))
		}
		l := as[List](self)
		switch i := find(t, l, args[0]); i {
		case -2:
			return Null
		case -1:
			return t.RaiseMsg(ValueErrorType, "list.remove(x): x not in list")
		default:
			n := len(l.Items)
			copy(l.Items[i:], l.Items[i+1:])
			l.Items[n-1] = Null // no stale reference past the end
			l.Items = l.Items[:n-1]
		}
		return None
	})
	m("index", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return seqIndex(t, self, args, kwnames, "list")
	})
	m("count", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.Raisef(TypeErrorType, "list.count() takes exactly one argument (%d given)", len(args))
		}
		n := 0
		for _, it := range as[List](self).Items {
			switch Equal(t, it, args[0]) {
			case 1:
				n++
			case -1:
				return Null
			}
		}
		return Int(int64(n))
	})
	m("copy", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "list.copy", args, kwnames, 0, 0) {
			return Null
		}
		return NewList(append([]Value(nil), as[List](self).Items...)).Value()
	})
	m("clear", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "list.clear", args, kwnames, 0, 0) {
			return Null
		}
		as[List](self).Items = nil
		return None
	})
}

func initTupleMethods() {
	m := TupleType.addMethod
	m("count", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.Raisef(TypeErrorType, "tuple.count() takes exactly one argument (%d given)", len(args))
		}
		n := 0
		for _, it := range as[Tuple](self).Items {
			switch Equal(t, it, args[0]) {
			case 1:
				n++
			case -1:
				return Null
			}
		}
		return Int(int64(n))
	})
	m("index", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return seqIndex(t, self, args, kwnames, "tuple")
	})
}

func initDictMethods() {
	m := DictType.addMethod
	m("popitem", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		d := as[Dict](self)
		for i := len(d.entries) - 1; i >= 0; i-- {
			if e := d.entries[i]; !e.key.IsNull() {
				if d.DelItem(t, e.key) < 0 {
					return Null
				}
				return NewTuple([]Value{e.key, e.value}).Value()
			}
		}
		return t.RaiseMsg(KeyErrorType, "popitem(): dictionary is empty")
	})
	// dict.fromkeys is a class method: bound to the class it is looked up on.
	DictType.Dict.setStrInit("fromkeys", fromHeap(&wrapper{Header{ClassMethodType},
		NewBuiltin("fromkeys", Null, func(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
			if len(args) < 2 {
				return t.Raisef(TypeErrorType, "fromkeys expected at least 1 argument, got %d", len(args)-1)
			}
			if len(args) > 3 {
				return t.Raisef(TypeErrorType, "fromkeys expected at most 2 arguments, got %d", len(args)-1)
			}
			r := Call(t, args[0], nil, nil)
			if r.IsNull() {
				return Null
			}
			d, ok := AsDict(r)
			if !ok {
				return t.RaiseMsg(TypeErrorType, "fromkeys: the class did not make a dict")
			}
			val := None
			if len(args) == 3 {
				val = args[2]
			}
			if ForEach(t, args[1], func(k Value) bool { return d.SetItem(t, k, val) == 0 }) < 0 {
				return Null
			}
			return r
		})}))
	m("setdefault", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "setdefault", args, kwnames, 1, 2) {
			return Null
		}
		d := as[Dict](self)
		if v := d.GetItem(t, args[0]); !v.IsNull() || t.Exc != nil {
			return v
		}
		def := None
		if len(args) == 2 {
			def = args[1]
		}
		if d.SetItem(t, args[0], def) < 0 {
			return Null
		}
		return def
	})
	m("update", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if dictUpdate(t, as[Dict](self), "update", args, kwnames) < 0 {
			return Null
		}
		return None
	})
	m("copy", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		d := as[Dict](self).copyDict(t)
		if d == nil {
			return Null
		}
		return d.Value()
	})
	m("clear", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		d := as[Dict](self)
		*d = Dict{Header: d.Header, KeysVersion: d.KeysVersion + 1}
		return None
	})
}
