package object

import (
	"strings"
	"unicode"
)

// oneStrArg checks a method's single str argument.
func oneStrArg(t *Thread, name string, args []Value) (*Str, bool) {
	if len(args) < 1 {
		t.Raisef(TypeErrorType, "%s() takes at least 1 argument (0 given)", name)
		return nil, false
	}
	return strArg(t, name, args[0])
}

// More methods of list, dict and str (the common ones; the rest are
// listed in docs/engine-design.md, §13).

func initListMethods() {
	m := ListType.addMethod
	m("sort", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		pos, kw := kwArgs(args, kwnames)
		if len(pos) > 0 {
			return t.RaiseMsg(TypeErrorType, "sort() takes no positional arguments")
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
		i, ok := AsInt64(args[0])
		if !ok {
			return t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(args[0]).Name)
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
			l.Items = append(l.Items[:i], l.Items[i+1:]...)
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
		return NewList(append([]Value(nil), as[List](self).Items...)).Value()
	})
	m("clear", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
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
		d := NewDict()
		as[Dict](self).Items(func(k, v Value) bool { d.SetItem(t, k, v); return true })
		return d.Value()
	})
	m("clear", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		d := as[Dict](self)
		*d = Dict{Header: d.Header, KeysVersion: d.KeysVersion + 1}
		return None
	})
}

func initStrMethods() {
	m := StrType.addMethod
	affix := func(name string, prefix bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			a, ok := oneStrArg(t, name, args)
			if !ok {
				return Null
			}
			s := as[Str](self).s
			if prefix {
				s = strings.TrimPrefix(s, a.s)
			} else {
				s = strings.TrimSuffix(s, a.s)
			}
			return NewStr(s).Value()
		})
	}
	affix("removeprefix", true)
	affix("removesuffix", false)
	m("rfind", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		sub, ok := oneStrArg(t, "rfind", args)
		if !ok {
			return Null
		}
		s := as[Str](self)
		i := strings.LastIndex(s.s, sub.s)
		if i < 0 {
			return Int(-1)
		}
		return Int(int64(len([]rune(s.s[:i]))))
	})
	m("rsplit", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		s := as[Str](self).s
		if len(args) == 0 || args[0] == None {
			if len(args) < 2 {
				parts := strings.Fields(s)
				items := make([]Value, len(parts))
				for i, p := range parts {
					items[i] = NewStr(p).Value()
				}
				return NewList(items).Value()
			}
		}
		sep, ok := oneStrArg(t, "rsplit", args)
		if !ok {
			return Null
		}
		if sep.s == "" {
			return t.RaiseMsg(ValueErrorType, "empty separator")
		}
		max := int64(-1)
		if len(args) > 1 {
			max, _ = AsInt64(args[1])
		}
		var parts []string
		for max != 0 {
			i := strings.LastIndex(s, sep.s)
			if i < 0 {
				break
			}
			parts = append(parts, s[i+len(sep.s):])
			s = s[:i]
			max--
		}
		parts = append(parts, s)
		items := make([]Value, len(parts))
		for i, p := range parts {
			items[len(parts)-1-i] = NewStr(p).Value()
		}
		return NewList(items).Value()
	})
	m("swapcase", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return NewStr(strings.Map(func(r rune) rune {
			if unicode.IsUpper(r) {
				return unicode.ToLower(r)
			}
			return unicode.ToUpper(r)
		}, as[Str](self).s)).Value()
	})
	oneStr := func(t *Thread, name string, args []Value) (*Str, bool) {
		if len(args) < 1 {
			t.Raisef(TypeErrorType, "%s() takes at least 1 argument (0 given)", name)
			return nil, false
		}
		return strArg(t, name, args[0])
	}
	m("find", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		sub, ok := oneStr(t, "find", args)
		if !ok {
			return Null
		}
		s := as[Str](self)
		i := strings.Index(s.s, sub.s)
		if i < 0 {
			return Int(-1)
		}
		return Int(int64(len([]rune(s.s[:i]))))
	})
	m("index", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		sub, ok := oneStr(t, "index", args)
		if !ok {
			return Null
		}
		s := as[Str](self)
		i := strings.Index(s.s, sub.s)
		if i < 0 {
			return t.RaiseMsg(ValueErrorType, "substring not found")
		}
		return Int(int64(len([]rune(s.s[:i]))))
	})
	m("count", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		sub, ok := oneStr(t, "count", args)
		if !ok {
			return Null
		}
		s := as[Str](self).s
		if sub.s == "" {
			return Int(int64(as[Str](self).length + 1))
		}
		return Int(int64(strings.Count(s, sub.s)))
	})
	pred := func(name string, f func(rune) bool) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			s := as[Str](self).s
			if s == "" {
				return False
			}
			for _, r := range s {
				if !f(r) {
					return False
				}
			}
			return True
		})
	}
	pred("isdigit", unicode.IsDigit)
	pred("isalpha", unicode.IsLetter)
	pred("isspace", unicode.IsSpace)
	pred("isalnum", func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	pred("isupper", func(r rune) bool { return !unicode.IsLower(r) })
	pred("islower", func(r rune) bool { return !unicode.IsUpper(r) })
	m("capitalize", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		s := as[Str](self).s
		if s == "" {
			return self
		}
		r := []rune(strings.ToLower(s))
		r[0] = unicode.ToUpper(r[0])
		return NewStr(string(r)).Value()
	})
	m("title", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		var b strings.Builder
		prevCased := false
		for _, r := range as[Str](self).s {
			if prevCased {
				b.WriteRune(unicode.ToLower(r))
			} else {
				b.WriteRune(unicode.ToTitle(r))
			}
			prevCased = unicode.IsLetter(r)
		}
		return NewStr(b.String()).Value()
	})
	pad := func(name string, where int) {
		m(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if len(args) < 1 || len(args) > 2 {
				return t.Raisef(TypeErrorType, "%s expected at least 1 argument, got %d", name, len(args))
			}
			w, ok := AsInt64(args[0])
			if !ok {
				return t.Raisef(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(args[0]).Name)
			}
			fill := " "
			if len(args) == 2 {
				f, ok := AsStr(args[1])
				if !ok || f.length != 1 {
					return t.RaiseMsg(TypeErrorType, "The fill character must be exactly one character long")
				}
				fill = f.s
			}
			s := as[Str](self)
			n := int(w) - s.length
			if n <= 0 {
				return self
			}
			switch where {
			case 0: // ljust
				return NewStr(s.s + strings.Repeat(fill, n)).Value()
			case 1: // rjust
				return NewStr(strings.Repeat(fill, n) + s.s).Value()
			}
			left := n / 2
			if n%2 == 1 && int(w)%2 == 1 {
				left++
			}
			return NewStr(strings.Repeat(fill, left) + s.s + strings.Repeat(fill, n-left)).Value()
		})
	}
	pad("ljust", 0)
	pad("rjust", 1)
	pad("center", 2)
	m("zfill", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.Raisef(TypeErrorType, "zfill() takes exactly one argument (%d given)", len(args))
		}
		w, _ := AsInt64(args[0])
		s := as[Str](self)
		n := int(w) - s.length
		if n <= 0 {
			return self
		}
		if s.s != "" && (s.s[0] == '-' || s.s[0] == '+') {
			return NewStr(s.s[:1] + strings.Repeat("0", n) + s.s[1:]).Value()
		}
		return NewStr(strings.Repeat("0", n) + s.s).Value()
	})
	m("partition", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		sep, ok := oneStr(t, "partition", args)
		if !ok {
			return Null
		}
		if sep.s == "" {
			return t.RaiseMsg(ValueErrorType, "empty separator")
		}
		a, b, found := strings.Cut(as[Str](self).s, sep.s)
		if !found {
			return NewTuple([]Value{self, emptyStr.Value(), emptyStr.Value()}).Value()
		}
		return NewTuple([]Value{NewStr(a).Value(), sep.Value(), NewStr(b).Value()}).Value()
	})
	m("splitlines", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		s := strings.ReplaceAll(as[Str](self).s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
		parts := strings.Split(s, "\n")
		if len(parts) > 0 && parts[len(parts)-1] == "" {
			parts = parts[:len(parts)-1]
		}
		items := make([]Value, len(parts))
		for i, p := range parts {
			items[i] = NewStr(p).Value()
		}
		return NewList(items).Value()
	})
}
