package object

// ListType is `list`.
var ListType = &Type{Name: "list"}

// List is a list: one interpreter's, mutable.
type List struct {
	Header
	Items []Value
}

// NewList returns a list owning items.
func NewList(items []Value) *List { return &List{Header{ListType}, items} }

// Value returns the list as a Value.
func (l *List) Value() Value { return fromHeap(l) }

// AsList returns v as a list (subclasses included).
func AsList(v Value) (*List, bool) {
	if v.IsHeap() && v.header().typ.layout == ListType {
		return as[List](v), true
	}
	return nil, false
}

// Append appends v.
func (l *List) Append(v Value) { l.Items = append(l.Items, v) }

func listSetItem(t *Thread, v, key, val Value) int {
	l := as[List](v)
	if i, ok := AsInt64(key); ok {
		j, ok := normIndex(i, len(l.Items))
		if !ok {
			t.RaiseMsg(IndexErrorType, "list assignment index out of range")
			return -1
		}
		if val.IsNull() {
			copy(l.Items[j:], l.Items[j+1:])
			l.Items[len(l.Items)-1] = Null
			l.Items = l.Items[:len(l.Items)-1]
		} else {
			l.Items[j] = val
		}
		return 0
	}
	if sl, ok := AsSlice(key); ok {
		return listAssignSlice(t, l, sl, val)
	}
	if IsInt(key) {
		t.RaiseMsg(IndexErrorType, "cannot fit 'int' into an index-sized integer")
		return -1
	}
	if HasIndex(key) {
		k, ok := IndexValue(t, key)
		if !ok {
			return -1
		}
		return listSetItem(t, v, k, val)
	}
	t.Raisef(TypeErrorType, "list indices must be integers or slices, not %s", TypeOf(key).Name)
	return -1
}

// seqItemsFor returns the items of v for a slice assignment: a copy (so a
// list assigned to a slice of itself is read before it changes), or the
// TypeError CPython raises for a non-iterable.
func seqItemsFor(t *Thread, v Value, msg string) ([]Value, bool) {
	if l, ok := AsList(v); ok {
		return append([]Value(nil), l.Items...), true
	}
	if tu, ok := AsTuple(v); ok {
		return tu.Items, true
	}
	typ := TypeOf(v)
	if typ.Iter == nil && typ.GetItem == nil {
		t.RaiseMsg(TypeErrorType, msg)
		return nil, false
	}
	return CollectItems(t, v)
}

// listAssignSlice is l[sl] = val, or del l[sl] when val is NULL.
func listAssignSlice(t *Thread, l *List, sl *Slice, val Value) int {
	start, stop, step, n, ok := sl.Indices(t, len(l.Items))
	if !ok {
		return -1
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		var repl []Value
		if !val.IsNull() {
			if repl, ok = seqItemsFor(t, val, "must assign iterable to extended slice"); !ok {
				return -1
			}
		}
		// The slice may have been resolved against a list that the
		// iteration above changed: clamp again.
		if start > len(l.Items) {
			start = len(l.Items)
		}
		if stop > len(l.Items) {
			stop = len(l.Items)
		}
		old := l.Items
		tail := len(old) - stop
		newLen := start + len(repl) + tail
		if newLen <= cap(old) && len(repl) <= stop-start {
			copy(old[start:], repl)
			copy(old[start+len(repl):], old[stop:])
			clear(old[newLen:])
			l.Items = old[:newLen]
			return 0
		}
		out := make([]Value, newLen, newLen+newLen/8)
		copy(out, old[:start])
		copy(out[start:], repl)
		copy(out[start+len(repl):], old[stop:])
		l.Items = out
		return 0
	}
	if val.IsNull() {
		// del l[a:b:c]
		if n == 0 {
			return 0
		}
		if step < 0 {
			// Same items, walked forwards.
			start = start + (n-1)*step
			step = -step
		}
		items := l.Items
		w := start
		next := start
		k := 0
		for r := start; r < len(items); r++ {
			if k < n && r == next {
				k++
				next += step
				continue
			}
			items[w] = items[r]
			w++
		}
		clear(items[w:])
		l.Items = items[:w]
		return 0
	}
	repl, ok := seqItemsFor(t, val, "must assign iterable to extended slice")
	if !ok {
		return -1
	}
	if len(repl) != n {
		t.Raisef(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(repl), n)
		return -1
	}
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		if i < len(l.Items) {
			l.Items[i] = repl[k]
		}
	}
	return 0
}

func initList() {
	setupBuiltinType(ListType, ObjectType, FlagBaseType)
	// The first line is CPython's (programs print it); the rest is ours.
	ListType.Dict.setStrInit("__doc__", NewStr("Built-in mutable sequence.\n\nWithout an argument the constructor returns an empty list; with one,\na list of the items of that iterable.").Value())
	ListType.Repr = func(t *Thread, v Value) Value {
		items := as[List](v).Items
		if len(items) == 0 {
			return NewStr("[]").Value()
		}
		return reprContainer(t, v, "[", "]", "[...]", items)
	}
	ListType.Hash = unhashable
	ListType.Compare = func(t *Thread, a, b Value, op int) Value {
		x, ok1 := AsList(a)
		y, ok2 := AsList(b)
		if !ok1 || !ok2 {
			return NotImplemented
		}
		return compareSeqs(t, x.Items, y.Items, op)
	}
	ListType.Len = func(t *Thread, v Value) int { return len(as[List](v).Items) }
	ListType.GetItem = func(t *Thread, v, key Value) Value {
		return getItemSeq(t, as[List](v).Items, key, "list", func(x []Value) Value { return NewList(x).Value() })
	}
	ListType.SetItem = listSetItem
	ListType.Iter = func(t *Thread, v Value) Value {
		return fromHeap(&seqIter{Header: Header{ListIterType}, seq: v})
	}
	ListType.Contains = func(t *Thread, c, v Value) int { return containsItems(t, as[List](c).Items, v) }
	ListType.Binary[nbAdd] = func(t *Thread, a, b Value) Value {
		x, ok1 := AsList(a)
		y, ok2 := AsList(b)
		if !ok1 || !ok2 {
			if ok1 {
				return t.Raisef(TypeErrorType, "can only concatenate list (not \"%s\") to list", TypeOf(b).Name)
			}
			return NotImplemented
		}
		return NewList(append(append([]Value(nil), x.Items...), y.Items...)).Value()
	}
	ListType.InPlace[nbAdd] = func(t *Thread, a, b Value) Value {
		items, ok := CollectItems(t, b)
		if !ok {
			return Null
		}
		l := as[List](a)
		l.Items = append(l.Items, items...)
		return a
	}
	listItems := func(v Value) ([]Value, bool) {
		if l, ok := AsList(v); ok {
			return l.Items, true
		}
		return nil, false
	}
	ListType.Binary[nbMul] = func(t *Thread, a, b Value) Value {
		return seqMul(t, a, b, listItems, func(x []Value) Value { return NewList(x).Value() })
	}
	ListType.InPlace[nbMul] = func(t *Thread, a, b Value) Value {
		l := as[List](a)
		n, ok, err := repeatCount(t, b)
		if err {
			return Null
		}
		if !ok {
			return NotImplemented
		}
		out, ok := repeatItems(t, l.Items, n)
		if !ok {
			return Null
		}
		l.Items = out
		return a
	}
	ListType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		l := &List{Header: Header{typ}}
		return fromHeap(l)
	}
	ListType.Init = func(t *Thread, self Value, args []Value, kwnames *Tuple) int {
		if kwnames != nil || len(args) > 1 {
			t.Raisef(TypeErrorType, "list expected at most 1 argument, got %d", len(args))
			return -1
		}
		l := as[List](self)
		clear(l.Items) // no stale references in the reused array
		l.Items = l.Items[:0]
		if len(args) == 1 {
			items, ok := CollectItems(t, args[0])
			if !ok {
				return -1
			}
			l.Items = append(l.Items, items...)
		}
		return 0
	}
	ListType.addMethod("append", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 || kwnames != nil {
			return t.Raisef(TypeErrorType, "list.append() takes exactly one argument (%d given)", len(args))
		}
		l := as[List](self)
		l.Items = append(l.Items, args[0])
		return None
	})
	ListType.addMethod("pop", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "pop", args, kwnames, 0, 1) {
			return Null
		}
		l := as[List](self)
		i := int64(-1)
		if len(args) == 1 {
			var ok bool
			if i, ok = SsizeArg(t, args[0]); !ok {
				return Null
			}
		}
		if len(l.Items) == 0 {
			return t.RaiseMsg(IndexErrorType, "pop from empty list")
		}
		j, ok := normIndex(i, len(l.Items))
		if !ok {
			return t.RaiseMsg(IndexErrorType, "pop index out of range")
		}
		v := l.Items[j]
		if j == 0 {
			// pop(0), a queue: drop the head by reslicing (O(1); the dead
			// prefix is reclaimed when append next reallocates).
			l.Items[0] = Null
			l.Items = l.Items[1:]
			return v
		}
		n := len(l.Items)
		copy(l.Items[j:], l.Items[j+1:])
		l.Items[n-1] = Null
		l.Items = l.Items[:n-1]
		return v
	})
	ListType.addMethod("extend", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.Raisef(TypeErrorType, "list.extend() takes exactly one argument (%d given)", len(args))
		}
		items, ok := CollectItems(t, args[0])
		if !ok {
			return Null
		}
		l := as[List](self)
		l.Items = append(l.Items, items...)
		return None
	})
}

// seqIter iterates over a tuple, list or str by index.
type seqIter struct {
	Header
	seq Value
	i   int
}

// The sequence iterator types.
var (
	TupleIterType = &Type{Name: "tuple_iterator"}
	ListIterType  = &Type{Name: "list_iterator"}
	StrIterType   = &Type{Name: "str_ascii_iterator"}
)

func selfIter(t *Thread, v Value) Value { return v }

func initSeqIters() {
	for _, typ := range []*Type{TupleIterType, ListIterType, StrIterType} {
		setupBuiltinType(typ, ObjectType, 0)
		typ.Iter = selfIter
		typ.New = nil
	}
	TupleIterType.Next = func(t *Thread, v Value) Value {
		it := as[seqIter](v)
		items := as[Tuple](it.seq).Items
		if it.i < len(items) {
			it.i++
			return items[it.i-1]
		}
		return Null
	}
	ListIterType.Next = func(t *Thread, v Value) Value {
		it := as[seqIter](v)
		items := as[List](it.seq).Items
		if it.i < len(items) {
			it.i++
			return items[it.i-1]
		}
		return Null
	}
	StrIterType.Next = func(t *Thread, v Value) Value {
		it := as[seqIter](v)
		s := as[Str](it.seq)
		if it.i < s.length {
			it.i++
			return s.Substr(it.i-1, it.i).Value()
		}
		return Null
	}
}

// ListIterNext is FOR_ITER's fast path over a list iterator: the next item
// and true, or false when exhausted. v must be a list iterator.
func ListIterNext(v Value) (Value, bool) {
	it := as[seqIter](v)
	items := as[List](it.seq).Items
	if it.i < len(items) {
		it.i++
		return items[it.i-1], true
	}
	return Null, false
}
