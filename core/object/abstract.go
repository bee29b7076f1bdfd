package object

import (
	"github.com/subpy/subpy/core/opcode"
)

// Operator indexes, from core/opcode.
const (
	nbAdd      = opcode.NB_ADD
	nbAnd      = opcode.NB_AND
	nbFloorDiv = opcode.NB_FLOOR_DIVIDE
	nbLShift   = opcode.NB_LSHIFT
	nbMatMul   = opcode.NB_MATRIX_MULTIPLY
	nbMul      = opcode.NB_MULTIPLY
	nbMod      = opcode.NB_REMAINDER
	nbOr       = opcode.NB_OR
	nbPow      = opcode.NB_POWER
	nbRShift   = opcode.NB_RSHIFT
	nbSub      = opcode.NB_SUBTRACT
	nbTrueDiv  = opcode.NB_TRUE_DIVIDE
	nbXor      = opcode.NB_XOR

	cmpLT = opcode.CMP_LT
	cmpLE = opcode.CMP_LE
	cmpEQ = opcode.CMP_EQ
	cmpNE = opcode.CMP_NE
	cmpGT = opcode.CMP_GT
	cmpGE = opcode.CMP_GE
)

var binaryNames = [NumBinary]string{"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"}

// Pre-built dunder names of the binary operators: __op__, __rop__, __iop__.
var binaryDunders, reflectedDunders, inplaceDunders [NumBinary]*Str

var cmpDunders = [6]*Str{NewStr("__lt__"), NewStr("__le__"), NewStr("__eq__"), NewStr("__ne__"), NewStr("__gt__"), NewStr("__ge__")}

// swappedCmp is the reflected comparison: a < b ⇔ b > a.
var swappedCmp = [6]int{cmpGT, cmpGE, cmpEQ, cmpNE, cmpLT, cmpLE}

func initAbstract() {
	for i, n := range binaryNames {
		binaryDunders[i] = NewStr("__" + n + "__")
		reflectedDunders[i] = NewStr("__r" + n + "__")
		inplaceDunders[i] = NewStr("__i" + n + "__")
	}
}

// Repr returns repr(v), or nil on error.
func Repr(t *Thread, v Value) *Str {
	r := ReprValue(t, v)
	if r.IsNull() {
		return nil
	}
	return as[Str](r)
}

// ReprValue returns repr(v) as a Value.
func ReprValue(t *Thread, v Value) Value {
	typ := TypeOf(v)
	if typ.Repr == nil {
		return objectRepr(t, v)
	}
	if t == nil {
		return typ.Repr(t, v)
	}
	if !t.EnterCall(" while getting the repr of an object") { // exc_suggest.go
		return Null
	}
	r := typ.Repr(t, v)
	t.LeaveCall()
	return r
}

// StrOf returns str(v).
func StrOf(t *Thread, v Value) Value {
	typ := TypeOf(v)
	if typ == StrType {
		return v
	}
	if typ.Str == nil {
		return ReprValue(t, v)
	}
	if t == nil {
		return typ.Str(t, v)
	}
	if !t.EnterCall(" while getting the str of an object") {
		return Null
	}
	r := typ.Str(t, v)
	t.LeaveCall()
	return r
}

// Hash returns hash(v).
func Hash(t *Thread, v Value) (int64, bool) {
	switch v.p {
	case intTagP:
		return hashInt64(int64(v.x)), true
	case floatTagP:
		return HashFloat(v.FloatVal()), true
	}
	if s, ok := AsStr(v); ok && s.typ == StrType {
		return s.Hash(), true
	}
	typ := TypeOf(v)
	if typ.Hash == nil {
		return unhashable(t, v)
	}
	return typ.Hash(t, v)
}

// Truth returns 1 if v is true, 0 if false, -1 on error.
func Truth(t *Thread, v Value) int {
	switch {
	case v == True:
		return 1
	case v == False, v == None:
		return 0
	case v.p == intTagP:
		if v.x != 0 {
			return 1
		}
		return 0
	}
	typ := TypeOf(v)
	if typ.Bool != nil {
		return typ.Bool(t, v)
	}
	if typ.Len != nil {
		n := typ.Len(t, v)
		if n < 0 {
			return -1
		}
		if n > 0 {
			return 1
		}
		return 0
	}
	return 1
}

// BinaryOp applies binary operator op (opcode.NB_ADD..NB_XOR) with
// CPython's rules: the left operand's slot, then the right's (first when
// the right's type is a subclass that overrides the reflected method).
func BinaryOp(t *Thread, a, b Value, op int) Value {
	return binaryOp(t, a, b, op, opcode.NBSymbols[op])
}

func binaryOp(t *Thread, a, b Value, op int, sym string) Value {
	ta, tb := TypeOf(a), TypeOf(b)
	if !ta.IsHeapType() && !tb.IsHeapType() {
		if s := ta.Binary[op]; s != nil {
			if r := s(t, a, b); r != NotImplemented {
				return r
			}
		}
		if tb != ta {
			if s := tb.Binary[op]; s != nil {
				if r := s(t, a, b); r != NotImplemented {
					return r
				}
			}
		}
		return binaryTypeError(t, a, b, sym)
	}
	// A builtin sequence's concat/repeat (CPython's sq_concat/sq_repeat)
	// comes after both operands' numeric slots: [1] + R() tries R.__radd__.
	seqLast := (op == opcode.NB_ADD || op == opcode.NB_MULTIPLY) && tb != ta && isRepeatable(ta)
	left := func() Value {
		if ta.IsHeapType() {
			if m := lookupPy(ta, binaryDunders[op]); !m.IsNull() {
				return callPy(t, m, a, b)
			}
		}
		if s := ta.Binary[op]; s != nil && !seqLast {
			return s(t, a, b)
		}
		return NotImplemented
	}
	right := func() Value {
		if tb == ta {
			return NotImplemented
		}
		if tb.IsHeapType() {
			if m := lookupPy(tb, reflectedDunders[op]); !m.IsNull() {
				return callPy(t, m, b, a)
			}
		}
		if s := tb.Binary[op]; s != nil {
			return s(t, a, b)
		}
		return NotImplemented
	}
	first, second := left, right
	if tb != ta && tb.IsSubtype(ta) && !lookupPy(tb, reflectedDunders[op]).IsNull() {
		first, second = right, left
	}
	if r := first(); r != NotImplemented {
		return r
	}
	if r := second(); r != NotImplemented {
		return r
	}
	if s := ta.Binary[op]; s != nil && seqLast {
		if r := s(t, a, b); r != NotImplemented {
			return r
		}
	}
	return binaryTypeError(t, a, b, sym)
}

// InPlaceOp applies an augmented assignment's operator (op is the binary
// one, NB_ADD..NB_XOR): __iop__ first, then the binary operator.
func InPlaceOp(t *Thread, a, b Value, op int) Value {
	ta := TypeOf(a)
	var m Value
	if ta.IsHeapType() {
		if m = lookupPy(ta, inplaceDunders[op]); !m.IsNull() {
			if r := callPy(t, m, a, b); r != NotImplemented {
				return r
			}
		}
	}
	// A builtin base's in-place slot (list += ...) when no class defines it.
	if s := ta.InPlace[op]; s != nil && m.IsNull() {
		// CPython's sq_inplace_concat/repeat come after the right
		// operand's reflected method: l += R() tries R.__radd__.
		if tb := TypeOf(b); (op == opcode.NB_ADD || op == opcode.NB_MULTIPLY) && tb != ta && tb.IsHeapType() &&
			isRepeatable(ta) && (!ta.IsHeapType() || lookupPy(ta, binaryDunders[op]).IsNull()) {
			if rm := lookupPy(tb, reflectedDunders[op]); !rm.IsNull() {
				if r := callPy(t, rm, b, a); r != NotImplemented {
					return r
				}
			}
		}
		if r := s(t, a, b); r != NotImplemented {
			return r
		}
	}
	return binaryOp(t, a, b, op, opcode.NBSymbols[op+opcode.NB_INPLACE_ADD])
}

func binaryTypeError(t *Thread, a, b Value, sym string) Value {
	if sym == "*" || sym == "*=" {
		if isRepeatable(TypeOf(a)) {
			return t.Raisef(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeOf(b).Name)
		}
		if isRepeatable(TypeOf(b)) {
			return t.Raisef(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeOf(a).Name)
		}
	}
	return t.Raisef(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, TypeOf(a).Name, TypeOf(b).Name)
}

// Unary operations.
func unary(t *Thread, v Value, slot UnaryFunc, dunder, sym string) Value {
	typ := TypeOf(v)
	if typ.IsHeapType() {
		if m := lookupPy(typ, NewStr(dunder)); !m.IsNull() {
			return callPy(t, m, v)
		}
	}
	if slot != nil {
		return slot(t, v)
	}
	return t.Raisef(TypeErrorType, "bad operand type for %s: '%s'", sym, typ.Name)
}

// Neg returns -v.
func Neg(t *Thread, v Value) Value { return unary(t, v, TypeOf(v).Neg, "__neg__", "unary -") }

// Pos returns +v.
func Pos(t *Thread, v Value) Value { return unary(t, v, TypeOf(v).Pos, "__pos__", "unary +") }

// Invert returns ~v.
func Invert(t *Thread, v Value) Value { return unary(t, v, TypeOf(v).Invert, "__invert__", "unary ~") }

// Abs returns abs(v).
func Abs(t *Thread, v Value) Value { return unary(t, v, TypeOf(v).Abs, "__abs__", "abs()") }

// RichCompareSlot tries a's comparison then b's reflected one; it returns
// NotImplemented when neither answers (no fallback, no error).
func RichCompareSlot(t *Thread, a, b Value, op int) Value {
	ta, tb := TypeOf(a), TypeOf(b)
	call := func(typ *Type, x, y Value, op int) Value {
		if typ.IsHeapType() {
			if m := lookupPy(typ, cmpDunders[op]); !m.IsNull() {
				return callPy(t, m, x, y)
			}
			if op == cmpNE {
				if m := lookupPy(typ, cmpDunders[cmpEQ]); !m.IsNull() {
					r := callPy(t, m, x, y)
					if r.IsNull() || r == NotImplemented {
						return r
					}
					tr := Truth(t, r)
					if tr < 0 {
						return Null
					}
					return Bool(tr == 0)
				}
			}
		}
		if typ.Compare != nil {
			return typ.Compare(t, x, y, op)
		}
		return NotImplemented
	}
	reflectedFirst := ta != tb && tb.IsSubtype(ta) && tb.IsHeapType() && !lookupPy(tb, cmpDunders[swappedCmp[op]]).IsNull()
	if reflectedFirst {
		if r := call(tb, b, a, swappedCmp[op]); r != NotImplemented {
			return r
		}
	}
	if r := call(ta, a, b, op); r != NotImplemented {
		return r
	}
	if !reflectedFirst && ta != tb {
		return call(tb, b, a, swappedCmp[op])
	}
	if ta == tb && !reflectedFirst {
		return call(tb, b, a, swappedCmp[op])
	}
	return NotImplemented
}

// RichCompare returns a op b (opcode.CMP_*), falling back to identity for
// == and != and raising TypeError for orderings nobody implements.
func RichCompare(t *Thread, a, b Value, op int) Value {
	if t != nil {
		if !t.EnterCall(" in comparison") {
			return Null
		}
	}
	r := RichCompareSlot(t, a, b, op)
	if t != nil {
		t.LeaveCall()
	}
	if r != NotImplemented {
		return r
	}
	switch op {
	case cmpEQ:
		return Bool(a == b)
	case cmpNE:
		return Bool(a != b)
	}
	return t.Raisef(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", opcode.CmpSymbols[op], TypeOf(a).Name, TypeOf(b).Name)
}

// Equal returns 1 if a == b, 0 if not, -1 on error (identity first, as
// containers compare).
func Equal(t *Thread, a, b Value) int {
	if a == b {
		return 1
	}
	if a.p == intTagP && b.p == intTagP {
		return 0
	}
	r := RichCompare(t, a, b, cmpEQ)
	if r.IsNull() {
		return -1
	}
	return Truth(t, r)
}

// GetAttr returns v.name.
func GetAttr(t *Thread, v Value, name *Str) Value {
	typ := TypeOf(v)
	var r Value
	if typ.GetAttr == nil {
		r = GenericGetAttr(t, v, name)
	} else {
		r = typ.GetAttr(t, v, name)
	}
	if r.IsNull() {
		attrErrorContext(t, v, name) // exc_suggest.go
	}
	return r
}

// SetAttr sets v.name = val (val NULL deletes). Returns 0 or -1.
func SetAttr(t *Thread, v Value, name *Str, val Value) int {
	typ := TypeOf(v)
	if typ.SetAttr == nil {
		return GenericSetAttr(t, v, name, val)
	}
	return typ.SetAttr(t, v, name, val)
}

// GetItem returns container[key].
func GetItem(t *Thread, container, key Value) Value {
	typ := TypeOf(container)
	if typ.GetItem == nil {
		if ct := AsType(container); ct != nil {
			if r, ok := ClassGetItem(t, ct, key); ok {
				return r
			}
			return t.Raisef(TypeErrorType, "type '%s' is not subscriptable", ct.Name)
		}
		return t.Raisef(TypeErrorType, "'%s' object is not subscriptable", typ.Name)
	}
	return typ.GetItem(t, container, key)
}

// SetItem sets container[key] = val (val NULL deletes). Returns 0 or -1.
func SetItem(t *Thread, container, key, val Value) int {
	typ := TypeOf(container)
	if typ.SetItem == nil {
		if val.IsNull() {
			t.Raisef(TypeErrorType, "'%s' object doesn't support item deletion", typ.Name)
		} else {
			t.Raisef(TypeErrorType, "'%s' object does not support item assignment", typ.Name)
		}
		return -1
	}
	return typ.SetItem(t, container, key, val)
}

// Contains returns 1 if v in container, 0 if not, -1 on error.
func Contains(t *Thread, container, v Value) int {
	typ := TypeOf(container)
	if typ.Contains != nil {
		return typ.Contains(t, container, v)
	}
	if typ.Iter == nil && typ.GetItem == nil {
		t.Raisef(TypeErrorType, "argument of type '%s' is not iterable", typ.Name)
		return -1
	}
	found := 0
	if ForEach(t, container, func(x Value) bool {
		r := Equal(t, x, v)
		if r != 0 {
			found = r
			return false
		}
		return true
	}) < 0 {
		return -1
	}
	return found
}

// Len returns len(v), or -1 on error.
func Len(t *Thread, v Value) int {
	typ := TypeOf(v)
	if typ.Len == nil {
		t.Raisef(TypeErrorType, "object of type '%s' has no len()", typ.Name)
		return -1
	}
	return typ.Len(t, v)
}

// Call calls callable with positional arguments then keyword values
// (named by kwnames).
func Call(t *Thread, callable Value, args []Value, kwnames *Tuple) Value {
	typ := TypeOf(callable)
	if typ.Call == nil {
		return t.Raisef(TypeErrorType, "'%s' object is not callable", typ.Name)
	}
	return typ.Call(t, callable, args, kwnames)
}

// GetIter returns iter(v).
func GetIter(t *Thread, v Value) Value {
	typ := TypeOf(v)
	if typ.Iter == nil {
		if typ.GetItem != nil {
			return fromHeap(&seqGetItemIter{Header{SeqIterType}, v, 0})
		}
		return t.Raisef(TypeErrorType, "'%s' object is not iterable", typ.Name)
	}
	it := typ.Iter(t, v)
	if !it.IsNull() && TypeOf(it).Next == nil {
		return t.Raisef(TypeErrorType, "iter() returned non-iterator of type '%s'", TypeOf(it).Name)
	}
	return it
}

// Next returns the next item of iterator it; NULL with no exception set
// when it is exhausted.
func Next(t *Thread, it Value) Value {
	typ := TypeOf(it)
	if typ.Next == nil {
		return t.Raisef(TypeErrorType, "'%s' object is not an iterator", typ.Name)
	}
	return typ.Next(t, it)
}

// ForEach calls f with each item of iterable v until f returns false
// (then the caller's error, if any, is on t). Returns 0, or -1 on error.
func ForEach(t *Thread, v Value, f func(Value) bool) int {
	if l, ok := AsList(v); ok && TypeOf(v) == ListType {
		for i := 0; i < len(l.Items); i++ {
			if !f(l.Items[i]) {
				if t.Exc != nil {
					return -1
				}
				return 0
			}
		}
		return 0
	}
	it := GetIter(t, v)
	if it.IsNull() {
		return -1
	}
	for {
		x := Next(t, it)
		if x.IsNull() {
			if t.Exc != nil {
				if t.ExceptionMatches(StopIterationType) {
					t.Clear()
					return 0
				}
				return -1
			}
			return 0
		}
		if !f(x) {
			if t.Exc != nil {
				return -1
			}
			return 0
		}
	}
}

// CollectItems returns the items of iterable v (a fresh slice).
func CollectItems(t *Thread, v Value) ([]Value, bool) {
	if tu, ok := AsTuple(v); ok {
		return append([]Value(nil), tu.Items...), true
	}
	if v.IsHeap() && v.header().typ == ListType { // exact list: no __iter__ override
		return append([]Value(nil), as[List](v).Items...), true
	}
	var out []Value
	if ForEach(t, v, func(x Value) bool { out = append(out, x); return true }) < 0 {
		return nil, false
	}
	return out, true
}

// IsInstance reports isinstance(v, typ) for a single type.
func IsInstance(v Value, typ *Type) bool { return TypeOf(v).IsSubtype(typ) }

// seqGetItemIter iterates an object with __getitem__ but no __iter__.
type seqGetItemIter struct {
	Header
	seq Value
	i   int64
}

// SeqIterType is `iterator`, the old sequence protocol's iterator.
var SeqIterType = &Type{Name: "iterator"}

func initSeqGetItemIter() {
	setupBuiltinType(SeqIterType, ObjectType, 0)
	SeqIterType.New = nil
	SeqIterType.Iter = selfIter
	SeqIterType.Next = func(t *Thread, v Value) Value {
		it := as[seqGetItemIter](v)
		if it.seq.IsNull() {
			return Null
		}
		r := GetItem(t, it.seq, Int(it.i))
		if r.IsNull() {
			if t.ExceptionMatches(IndexErrorType) || t.ExceptionMatches(StopIterationType) {
				t.Clear()
				it.seq = Null
			}
			return Null
		}
		it.i++
		return r
	}
}
