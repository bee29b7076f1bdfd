package object

import "strings"

// UnionTypeType is types.UnionType: what `int | str` makes (PEP 604).
// isinstance and issubclass accept one as their second argument.
var UnionTypeType = &Type{Name: "UnionType"}

type unionObj struct {
	Header
	args *Tuple // deduplicated, None as NoneType
}

// unionable reports whether v may be an operand of type.__or__.
func unionable(v Value) bool {
	if v == None || AsType(v) != nil {
		return true
	}
	switch TypeOf(v) {
	case UnionTypeType, GenericAliasType, TypingGenericAlias, TypeAliasTypeType:
		// Not a TypeVar: int | T is typing.Union[int, T] (typing.go).
		return true
	}
	return false
}

// typeOr is type.__or__ / __ror__: a UnionType, or NotImplemented.
func typeOr(t *Thread, a, b Value) Value {
	if !unionable(a) || !unionable(b) {
		return NotImplemented
	}
	var args []Value
	addArg := func(v Value) {
		if v == None {
			v = NoneType.Value()
		}
		for _, x := range args {
			if x.Is(v) {
				return
			}
		}
		args = append(args, v)
	}
	for _, v := range []Value{a, b} {
		if TypeOf(v) == UnionTypeType {
			for _, x := range as[unionObj](v).args.Items {
				addArg(x)
			}
		} else {
			addArg(v)
		}
	}
	if len(args) == 1 {
		return args[0]
	}
	return fromHeap(&unionObj{Header{UnionTypeType}, NewTuple(args)})
}

// UnionArgs returns the members of a types.UnionType, or nil.
func UnionArgs(v Value) []Value {
	if v.IsHeap() && TypeOf(v) == UnionTypeType {
		return as[unionObj](v).args.Items
	}
	return nil
}

func initUnionType() {
	setupBuiltinType(UnionTypeType, ObjectType, 0)
	typ := UnionTypeType
	typ.Module = "types"
	typ.New, typ.Init = nil, nil
	typ.Repr = func(t *Thread, v Value) Value {
		var b strings.Builder
		for i, x := range as[unionObj](v).args.Items {
			if i > 0 {
				b.WriteString(" | ")
			}
			if x.Is(NoneType.Value()) {
				b.WriteString("None")
				continue
			}
			if !aliasItemRepr(t, &b, x) {
				return Null
			}
		}
		return NewStr(b.String()).Value()
	}
	typ.Binary[nbOr] = typeOr
	typ.Hash = func(t *Thread, v Value) (int64, bool) {
		var h int64
		for _, x := range as[unionObj](v).args.Items {
			hx, ok := Hash(t, x)
			if !ok {
				return 0, false
			}
			h ^= hx
		}
		if h == -1 {
			h = -2
		}
		return h, true
	}
	typ.Compare = func(t *Thread, a, b Value, op int) Value {
		if (op != cmpEQ && op != cmpNE) || TypeOf(b) != UnionTypeType {
			return NotImplemented
		}
		x, y := as[unionObj](a).args.Items, as[unionObj](b).args.Items
		same := len(x) == len(y)
		for _, v := range x {
			found := false
			for _, w := range y {
				if v.Is(w) {
					found = true
				}
			}
			same = same && found
		}
		return Bool(same == (op == cmpEQ))
	}
	typ.AddGetter("__args__", func(t *Thread, v Value) Value { return as[unionObj](v).args.Value() })
	TypeType.Binary[nbOr] = typeOr
	// list[int] | None (typing.go builds these types after this runs;
	// setting up a type keeps the slots already filled).
	GenericAliasType.Binary[nbOr] = typeOr
	TypingGenericAlias.Binary[nbOr] = typeOr
}
