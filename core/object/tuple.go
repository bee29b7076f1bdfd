package object

import "strings"

// TupleType is `tuple`.
var TupleType = &Type{Name: "tuple"}

// Tuple is a tuple. Its items are never changed after creation.
type Tuple struct {
	Header
	Items []Value
}

var emptyTuple = &Tuple{Header: Header{TupleType}}

// NewTuple returns a tuple owning items.
func NewTuple(items []Value) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	return &Tuple{Header{TupleType}, items}
}

// Value returns the tuple as a Value.
func (tu *Tuple) Value() Value { return fromHeap(tu) }

// Len returns the number of items (0 for a nil *Tuple).
func (tu *Tuple) Len() int {
	if tu == nil {
		return 0
	}
	return len(tu.Items)
}

// AsTuple returns v as a tuple (subclasses included).
func AsTuple(v Value) (*Tuple, bool) {
	if v.IsHeap() && v.header().typ.layout == TupleType {
		return as[Tuple](v), true
	}
	return nil, false
}

// reprItems writes the reprs of items between open and close.
func reprItems(t *Thread, open, close string, items []Value) Value {
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		r := Repr(t, it)
		if r == nil {
			return Null
		}
		b.WriteString(r.s)
	}
	b.WriteString(close)
	return NewStr(b.String()).Value()
}

// compareSeqs is the lexicographic comparison of two item lists.
func compareSeqs(t *Thread, x, y []Value, op int) Value {
	if len(x) != len(y) && (op == cmpEQ || op == cmpNE) {
		return Bool(op == cmpNE)
	}
	for i := 0; i < len(x) && i < len(y); i++ {
		eq := Equal(t, x[i], y[i])
		if eq < 0 {
			return Null
		}
		if eq == 0 {
			if op == cmpEQ {
				return False
			}
			if op == cmpNE {
				return True
			}
			return RichCompare(t, x[i], y[i], op)
		}
	}
	return cmpResult(compareLen(len(x), len(y)), op)
}

func compareLen(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// getItemSeq implements indexing and slicing of an item list.
func getItemSeq(t *Thread, items []Value, key Value, what string, mk func([]Value) Value) Value {
	if i, ok := AsInt64(key); ok {
		j, ok := normIndex(i, len(items))
		if !ok {
			return t.Raisef(IndexErrorType, "%s index out of range", what)
		}
		return items[j]
	}
	if sl, ok := AsSlice(key); ok {
		start, _, step, n, ok := sl.Indices(t, len(items))
		if !ok {
			return Null
		}
		out := make([]Value, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			out[k] = items[i]
		}
		return mk(out)
	}
	if IsInt(key) {
		return t.Raisef(IndexErrorType, "cannot fit '%s' into an index-sized integer", TypeOf(key).Name)
	}
	if HasIndex(key) {
		k, ok := IndexValue(t, key)
		if !ok {
			return Null
		}
		return getItemSeq(t, items, k, what, mk)
	}
	return t.Raisef(TypeErrorType, "%s indices must be integers or slices, not %s", what, TypeOf(key).Name)
}

// The xxHash primes of CPython's tuple and slice hashes.
const (
	xxPrime1 = 11400714785074694791
	xxPrime2 = 14029467366897019727
	xxPrime5 = 2870177450012600261
)

func hashTuple(t *Thread, v Value) (int64, bool) {
	// CPython's xxHash-based tuple hash.
	const (
		p1 = xxPrime1
		p2 = xxPrime2
		p5 = xxPrime5
	)
	items := as[Tuple](v).Items
	acc := uint64(p5)
	for _, it := range items {
		h, ok := Hash(t, it)
		if !ok {
			return 0, false
		}
		acc += uint64(h) * p2
		acc = acc<<31 | acc>>33
		acc *= p1
	}
	acc += uint64(len(items)) ^ (p5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, true
	}
	return int64(acc), true
}

func initTuple() {
	setupBuiltinType(TupleType, ObjectType, FlagBaseType)
	emptyTuple.typ = TupleType
	TupleType.Repr = func(t *Thread, v Value) Value {
		items := as[Tuple](v).Items
		if len(items) == 0 {
			return NewStr("()").Value()
		}
		if len(items) == 1 {
			return reprContainer(t, v, "(", ",)", "(...)", items)
		}
		return reprContainer(t, v, "(", ")", "(...)", items)
	}
	TupleType.Hash = hashTuple
	TupleType.Compare = func(t *Thread, a, b Value, op int) Value {
		x, ok1 := AsTuple(a)
		y, ok2 := AsTuple(b)
		if !ok1 || !ok2 {
			return NotImplemented
		}
		return compareSeqs(t, x.Items, y.Items, op)
	}
	TupleType.Len = func(t *Thread, v Value) int { return len(as[Tuple](v).Items) }
	TupleType.GetItem = func(t *Thread, v, key Value) Value {
		return getItemSeq(t, as[Tuple](v).Items, key, "tuple", func(x []Value) Value { return NewTuple(x).Value() })
	}
	TupleType.Iter = func(t *Thread, v Value) Value {
		return fromHeap(&seqIter{Header: Header{TupleIterType}, seq: v})
	}
	TupleType.Contains = func(t *Thread, c, v Value) int { return containsItems(t, as[Tuple](c).Items, v) }
	TupleType.Binary[nbAdd] = func(t *Thread, a, b Value) Value {
		x, ok1 := AsTuple(a)
		y, ok2 := AsTuple(b)
		if !ok1 || !ok2 {
			if ok1 {
				return t.Raisef(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", TypeOf(b).Name)
			}
			return NotImplemented
		}
		items := make([]Value, len(x.Items)+len(y.Items))
		copy(items[copy(items, x.Items):], y.Items)
		return NewTuple(items).Value()
	}
	TupleType.Binary[nbMul] = func(t *Thread, a, b Value) Value {
		if tu, ok := AsTuple(a); ok && b == Int(1) && TypeOf(a) == TupleType {
			return tu.Value()
		}
		return seqMul(t, a, b, func(v Value) ([]Value, bool) {
			if tu, ok := AsTuple(v); ok {
				return tu.Items, true
			}
			return nil, false
		}, func(x []Value) Value { return NewTuple(x).Value() })
	}
	TupleType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		if kwnames != nil && typ == TupleType {
			return t.RaiseMsg(TypeErrorType, "tuple() takes no keyword arguments")
		}
		if len(args) > 1 {
			return t.Raisef(TypeErrorType, "tuple expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 0 {
			return emptyTuple.Value()
		}
		items, ok := CollectItems(t, args[0])
		if !ok {
			return Null
		}
		return NewTuple(items).Value()
	}
	TupleType.Init = nil
}

func containsItems(t *Thread, items []Value, v Value) int {
	for _, it := range items {
		if r := Equal(t, it, v); r != 0 {
			return r
		}
	}
	return 0
}
