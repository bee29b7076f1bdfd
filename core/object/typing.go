package object

import (
	"strings"
)

// The runtime objects of PEP 695 generics, as CPython 3.13's
// Objects/typevarobject.c makes them: TypeVar, ParamSpec, TypeVarTuple
// (typing's classes), TypeAliasType (`type X = ...`), typing.Generic (the
// base of generic classes) and the aliases subscription makes:
// typing._GenericAlias (Generic[T], Box[int]) and types.GenericAlias
// (list[int], a generic type alias subscripted). The compiler's
// CALL_INTRINSIC_1/2 instructions reach them through CallIntrinsic1/2.

// TypeParam is a TypeVar, ParamSpec or TypeVarTuple.
type TypeParam struct {
	Header
	name string
	// bound / constraints: evaluated lazily from boundFn / constraintsFn
	// (NULL until then; None / () when absent).
	bound, boundFn             Value
	constraints, constraintsFn Value
	// deflt: the PEP 696 default, evaluated lazily from defaultFn (both
	// NULL: no default, __default__ is typing.NoDefault).
	deflt, defaultFn Value
	inferVariance    bool
}

// TypeAlias is a TypeAliasType.
type TypeAlias struct {
	Header
	name       string
	typeParams *Tuple // nil: not generic
	value      Value  // NULL until computed
	valueFn    Value
	module     Value
}

// GenericAliasObj is a typing._GenericAlias or a types.GenericAlias.
type GenericAliasObj struct {
	Header
	origin Value
	args   *Tuple
	// starred: the unpacked form *alias (iterating an alias yields it).
	starred bool
	// special: typing's spelling of a special form ("typing.Unpack",
	// "typing.Union"), written instead of the origin.
	special string
}

// noDefault is typing.NoDefault.
type noDefault struct{ Header }

// The types.
var (
	TypeVarType        = &Type{Name: "TypeVar"}
	ParamSpecType      = &Type{Name: "ParamSpec"}
	TypeVarTupleType   = &Type{Name: "TypeVarTuple"}
	TypeAliasTypeType  = &Type{Name: "TypeAliasType"}
	GenericType        = &Type{Name: "Generic"}
	TypingGenericAlias = &Type{Name: "_GenericAlias"}
	GenericAliasType   = &Type{Name: "GenericAlias"}
	TypingUnionAlias   = &Type{Name: "_UnionGenericAlias"}
	NoDefaultType      = &Type{Name: "NoDefaultType"}
	// NoDefault is typing.NoDefault: the __default__ of a type parameter
	// without one.
	NoDefault           = fromHeap(&noDefault{Header{NoDefaultType}})
	strClassGetItem     = NewStr("__class_getitem__")
	strTypeParamsAttr   = NewStr("__type_params__")
	strAnnotationsAttr  = NewStr("__annotations__")
	strNameAttr         = NewStr("__name__")
	builtinGenericTypes []*Type
)

// initTyping runs after init.go's init (file order): every type it
// builds on is ready.
func initTyping() {
	all := []*Type{TypeVarType, ParamSpecType, TypeVarTupleType, TypeAliasTypeType, GenericType, TypingGenericAlias, GenericAliasType, NoDefaultType, TypingUnionAlias}
	for _, typ := range all {
		setupBuiltinType(typ, ObjectType, 0)
	}
	for _, typ := range []*Type{TypeVarType, ParamSpecType, TypeVarTupleType, TypeAliasTypeType, GenericType, TypingGenericAlias, TypingUnionAlias} {
		typ.Module = "typing"
		typ.New = nil
	}
	GenericAliasType.Module = "types"
	GenericAliasType.New = nil
	NoDefaultType.New = nil
	NoDefaultType.Repr = func(t *Thread, v Value) Value { return NewStr("typing.NoDefault").Value() }
	GenericType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		if typ == GenericType {
			return t.Raisef(TypeErrorType, "Type Generic cannot be instantiated; it can be used only as a base class")
		}
		return instanceNew(t, typ, args, kwnames)
	}
	// Generic's subclasses are plain instances (object's layout).
	GenericType.layout = ObjectType
	GenericType.Dict.setStrInit("__init_subclass__", fromHeap(&wrapper{Header{ClassMethodType},
		NewBuiltin("__init_subclass__", Null, genericInitSubclass)}))
	GenericType.Flags |= FlagBaseType

	for _, typ := range []*Type{TypeVarType, ParamSpecType, TypeVarTupleType} {
		typ.Repr = typeParamRepr
		typ.GetAttr = typeParamGetAttr
		typ.AddMethod("has_default", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if len(args) != 0 || kwnames.Len() != 0 {
				return t.Raisef(TypeErrorType, "%s.has_default() takes no arguments (%d given)", TypeOf(self).Name, len(args)+kwnames.Len())
			}
			return Bool(!as[TypeParam](self).defaultFn.IsNull())
		})
	}
	TypeVarTupleType.Iter = func(t *Thread, v Value) Value {
		// *Ts: an iterator over the single unpacked form, Unpack[Ts].
		u := &GenericAliasObj{Header: Header{TypingGenericAlias}, origin: v, args: NewTuple([]Value{v}), special: "typing.Unpack"}
		return GetIter(t, NewTuple([]Value{fromHeap(u)}).Value())
	}
	for _, typ := range []*Type{TypeVarType, ParamSpecType, TypeVarTupleType} {
		typ.Binary[nbOr] = typingUnionOr
	}
	// A typing.Union stays one under |.
	TypingUnionAlias.Binary[nbOr] = typingUnionOr

	TypeAliasTypeType.Repr = func(t *Thread, v Value) Value { return NewStr(as[TypeAlias](v).name).Value() }
	TypeAliasTypeType.GetAttr = typeAliasGetAttr
	TypeAliasTypeType.GetItem = func(t *Thread, v, key Value) Value {
		a := as[TypeAlias](v)
		if a.typeParams == nil {
			return t.Raisef(TypeErrorType, "Only generic type aliases are subscriptable")
		}
		return newAlias(GenericAliasType, v, key)
	}

	for _, typ := range []*Type{TypingGenericAlias, GenericAliasType, TypingUnionAlias} {
		typ.Repr = genericAliasRepr
		typ.GetAttr = genericAliasGetAttr
		typ.Compare = genericAliasCompare
		typ.AddMethod("__mro_entries__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			return NewTuple([]Value{as[GenericAliasObj](self).origin}).Value()
		})
	}
	GenericAliasType.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) Value {
		return Call(t, as[GenericAliasObj](callable).origin, args, kwnames)
	}
	GenericAliasType.Iter = func(t *Thread, v Value) Value {
		// *alias: one item, the unpacked form.
		a := as[GenericAliasObj](v)
		u := &GenericAliasObj{Header: Header{GenericAliasType}, origin: a.origin, args: a.args, starred: true}
		return GetIter(t, NewTuple([]Value{fromHeap(u)}).Value())
	}
	TypingGenericAlias.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) Value {
		r := Call(t, as[GenericAliasObj](callable).origin, args, kwnames)
		if !r.IsNull() && SetAttr(t, r, NewStr("__orig_class__"), callable) < 0 {
			// Objects without attribute storage keep no __orig_class__.
			t.Clear()
		}
		return r
	}
	for _, typ := range all {
		addTypeSlotWrappers(typ)
	}
}

// CallIntrinsic1 runs CALL_INTRINSIC_1 which (opcode.INTRINSIC_*).
func CallIntrinsic1(t *Thread, which int, v Value) Value {
	switch which {
	case 4: // an async generator's own yield
		return AsyncGenWrap(v)
	case 7, 8, 9: // TypeVar, ParamSpec, TypeVarTuple of a name
		s, _ := AsStr(v)
		typ := TypeVarType
		if which == 8 {
			typ = ParamSpecType
		} else if which == 9 {
			typ = TypeVarTupleType
		}
		return fromHeap(&TypeParam{Header: Header{typ}, name: s.s, bound: None, constraints: NewTuple(nil).Value(), inferVariance: true})
	case 10: // Generic[*params]
		return newAlias(TypingGenericAlias, GenericType.Value(), v)
	case 11: // (name, type_params, value function)
		tu, _ := AsTuple(v)
		s, _ := AsStr(tu.Items[0])
		a := &TypeAlias{Header: Header{TypeAliasTypeType}, name: s.s, valueFn: tu.Items[2], module: None}
		if tp, ok := AsTuple(tu.Items[1]); ok {
			a.typeParams = tp
		}
		if fn, ok := AsFunction(tu.Items[2]); ok && fn.Globals != nil {
			if m := fn.Globals.GetStr(strNameAttr); !m.IsNull() {
				a.module = m
			}
		}
		return fromHeap(a)
	}
	return t.Raisef(SystemErrorType, "unknown intrinsic %d", which)
}

// CallIntrinsic2 runs CALL_INTRINSIC_2 which (opcode.INTRINSIC2_*).
func CallIntrinsic2(t *Thread, which int, v1, v2 Value) Value {
	switch which {
	case 2, 3: // TypeVar with a lazy bound / constraints
		s, _ := AsStr(v1)
		p := &TypeParam{Header: Header{TypeVarType}, name: s.s, bound: None, constraints: NewTuple(nil).Value(), inferVariance: true}
		if which == 2 {
			p.bound, p.boundFn = Null, v2
		} else {
			p.constraints, p.constraintsFn = Null, v2
		}
		return fromHeap(p)
	case 5: // a type parameter's lazy default
		p := as[TypeParam](v1)
		p.deflt, p.defaultFn = Null, v2
		return v1
	case 4: // func.__type_params__ = params
		if SetAttr(t, v1, strTypeParamsAttr, v2) < 0 {
			return Null
		}
		return v1
	}
	return t.Raisef(SystemErrorType, "unknown intrinsic %d", which)
}

// SetFunctionAnnotations stores a def's annotations dict
// (SET_FUNCTION_ATTRIBUTE with FuncAnnotations).
func SetFunctionAnnotations(t *Thread, fn, ann Value) int {
	return SetAttr(t, fn, strAnnotationsAttr, ann)
}

func typeParamRepr(t *Thread, v Value) Value {
	p := as[TypeParam](v)
	if p.inferVariance || TypeOf(v) == TypeVarTupleType {
		return NewStr(p.name).Value()
	}
	return NewStr("~" + p.name).Value()
}

// lazy evaluates a lazily computed field once.
func lazy(t *Thread, slot *Value, fn Value) Value {
	if slot.IsNull() {
		r := Call(t, fn, nil, nil)
		if r.IsNull() {
			return Null
		}
		*slot = r
	}
	return *slot
}

func typeParamGetAttr(t *Thread, v Value, name *Str) Value {
	p := as[TypeParam](v)
	isTypeVar := TypeOf(v) == TypeVarType
	switch name.s {
	case "__name__":
		return NewStr(p.name).Value()
	case "__module__":
		return NewStr("typing").Value()
	case "__bound__":
		if isTypeVar || TypeOf(v) == ParamSpecType {
			if isTypeVar && p.bound.IsNull() {
				return lazy(t, &p.bound, p.boundFn)
			}
			return p.bound
		}
	case "__constraints__":
		if isTypeVar {
			if p.constraints.IsNull() {
				return lazy(t, &p.constraints, p.constraintsFn)
			}
			return p.constraints
		}
	case "__covariant__", "__contravariant__":
		if isTypeVar || TypeOf(v) == ParamSpecType {
			return False
		}
	case "__default__":
		if p.defaultFn.IsNull() {
			return NoDefault
		}
		return lazy(t, &p.deflt, p.defaultFn)
	case "__infer_variance__":
		if isTypeVar || TypeOf(v) == ParamSpecType {
			return Bool(p.inferVariance)
		}
	}
	return GenericGetAttr(t, v, name)
}

func typeAliasGetAttr(t *Thread, v Value, name *Str) Value {
	a := as[TypeAlias](v)
	switch name.s {
	case "__name__":
		return NewStr(a.name).Value()
	case "__value__":
		return lazy(t, &a.value, a.valueFn)
	case "__type_params__", "__parameters__":
		if a.typeParams == nil {
			return NewTuple(nil).Value()
		}
		return a.typeParams.Value()
	case "__module__":
		return a.module
	}
	return GenericGetAttr(t, v, name)
}

// newAlias makes an alias of origin subscripted by key (a tuple: the
// arguments; anything else: one argument).
func newAlias(typ *Type, origin, key Value) Value {
	args, ok := AsTuple(key)
	if !ok || TypeOf(key) != TupleType {
		args = NewTuple([]Value{key})
	}
	return fromHeap(&GenericAliasObj{Header: Header{typ}, origin: origin, args: args})
}

func genericAliasGetAttr(t *Thread, v Value, name *Str) Value {
	a := as[GenericAliasObj](v)
	switch name.s {
	case "__origin__":
		return a.origin
	case "__args__":
		return a.args.Value()
	case "__parameters__":
		var ps []Value
		for _, x := range a.args.Items {
			switch TypeOf(x) {
			case TypeVarType, ParamSpecType, TypeVarTupleType:
				ps = append(ps, x)
			}
		}
		return NewTuple(ps).Value()
	}
	r := GenericGetAttr(t, v, name)
	if r.IsNull() && !strings.HasPrefix(name.s, "__") && t.ExceptionMatches(AttributeErrorType) {
		// Attribute access goes through to the origin (list[int].append).
		t.Clear()
		return GetAttr(t, a.origin, name)
	}
	return r
}

func genericAliasCompare(t *Thread, v, w Value, op int) Value {
	if (op != 2 && op != 3) || TypeOf(w) != TypeOf(v) {
		return NotImplemented
	}
	a, b := as[GenericAliasObj](v), as[GenericAliasObj](w)
	eq := Equal(t, a.origin, b.origin)
	if eq < 0 {
		return Null
	}
	if eq == 1 {
		eq = Equal(t, a.args.Value(), b.args.Value())
		if eq < 0 {
			return Null
		}
	}
	return Bool((eq == 1) == (op == 2))
}

// aliasItemRepr writes one part of an alias's repr: types by their
// (module-qualified) name, ... for Ellipsis, anything else by repr.
func aliasItemRepr(t *Thread, b *strings.Builder, v Value) bool {
	if v.p == Ellipsis.p {
		b.WriteString("...")
		return true
	}
	if typ := AsType(v); typ != nil {
		if typ.Module == "builtins" || typ.Module == "" {
			b.WriteString(typ.QualName)
		} else {
			b.WriteString(typ.Module + "." + typ.QualName)
		}
		return true
	}
	r := Repr(t, v)
	if r == nil {
		return false
	}
	b.WriteString(r.s)
	return true
}

func genericAliasRepr(t *Thread, v Value) Value {
	a := as[GenericAliasObj](v)
	var b strings.Builder
	if a.special == "typing.Union" {
		return typingUnionRepr(t, a)
	}
	if a.starred {
		b.WriteByte('*')
	}
	if a.special != "" {
		b.WriteString(a.special)
	} else if !aliasItemRepr(t, &b, a.origin) {
		return Null
	}
	b.WriteByte('[')
	if len(a.args.Items) == 0 {
		b.WriteString("()")
	}
	for i, x := range a.args.Items {
		if i > 0 {
			b.WriteString(", ")
		}
		if !aliasItemRepr(t, &b, x) {
			return Null
		}
	}
	b.WriteByte(']')
	return NewStr(b.String()).Value()
}

// ClassGetItem subscripts a class (PEP 560): its __class_getitem__, the
// generic classes of PEP 695 (typing.Generic's subclasses), and the
// builtin generic containers (list[int]). ok is false when the class is
// not subscriptable (no exception set then).
func ClassGetItem(t *Thread, cls *Type, key Value) (r Value, ok bool) {
	if m := cls.Lookup(strClassGetItem); !m.IsNull() {
		if _, isFunc := AsFunction(m); isFunc {
			// A plain function in a class body: an implicit classmethod.
			return Call(t, m, []Value{cls.Value(), key}, nil), true
		}
		f := GetAttr(t, cls.Value(), strClassGetItem)
		if f.IsNull() {
			return Null, true
		}
		return Call(t, f, []Value{key}, nil), true
	}
	if cls.IsSubtype(GenericType) && cls != GenericType {
		return genericClassGetItem(t, cls, key), true
	}
	for _, g := range builtinGenericTypes {
		if g == cls {
			return newAlias(GenericAliasType, cls.Value(), key), true
		}
	}
	return Null, false
}

// RegisterGenericBuiltin makes a builtin type subscriptable as a
// types.GenericAlias (list[int]); init only.
func RegisterGenericBuiltin(typ *Type) { builtinGenericTypes = append(builtinGenericTypes, typ) }

func genericClassGetItem(t *Thread, cls *Type, key Value) Value {
	params := GetAttr(t, cls.Value(), NewStr("__parameters__"))
	if params.IsNull() {
		t.Clear()
		params = NewTuple(nil).Value()
	}
	pt, _ := AsTuple(params)
	args, ok := AsTuple(key)
	if !ok || TypeOf(key) != TupleType {
		args = NewTuple([]Value{key})
	}
	if pt == nil || len(pt.Items) == 0 {
		r := Repr(t, cls.Value())
		if r == nil {
			return Null
		}
		return t.Raisef(TypeErrorType, "%s is not a generic class", r.s)
	}
	variadic := false
	for _, p := range pt.Items {
		if TypeOf(p) == TypeVarTupleType {
			variadic = true
		}
	}
	if !variadic && len(pt.Items) != len(args.Items) {
		r := Repr(t, cls.Value())
		if r == nil {
			return Null
		}
		if len(args.Items) > len(pt.Items) {
			return t.Raisef(TypeErrorType, "Too many arguments for %s; actual %d, expected %d", r.s, len(args.Items), len(pt.Items))
		}
		if !hasDefault(pt.Items[len(args.Items)]) {
			need := 0
			for _, p := range pt.Items {
				if !hasDefault(p) {
					need++
				}
			}
			return t.Raisef(TypeErrorType, "Too few arguments for %s; actual %d, expected at least %d", r.s, len(args.Items), need)
		}
		// The missing trailing parameters take their defaults.
		items := append([]Value(nil), args.Items...)
		for _, p := range pt.Items[len(items):] {
			d := GetAttr(t, p, NewStr("__default__"))
			if d.IsNull() {
				return Null
			}
			items = append(items, d)
		}
		args = NewTuple(items)
	}
	return fromHeap(&GenericAliasObj{Header: Header{TypingGenericAlias}, origin: cls.Value(), args: args})
}

func init() {
	initTyping()
	initAsyncGen()
	for _, typ := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, TypeType} {
		RegisterGenericBuiltin(typ)
	}
}

// SetupAnnotations runs SETUP_ANNOTATIONS on a frame's locals dict.
func SetupAnnotations(t *Thread, locals *Dict) int {
	if locals == nil {
		t.Raisef(SystemErrorType, "no locals found when setting up annotations")
		return -1
	}
	if locals.GetStr(strAnnotationsAttr).IsNull() {
		locals.SetStr(strAnnotationsAttr, NewDict().Value())
	}
	return 0
}

// genericInitSubclass is Generic.__init_subclass__: it records the
// class's type parameters in __parameters__ (those of its Generic[...]
// base, else every type parameter its generic bases use, in order).
func genericInitSubclass(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
	if len(args) == 0 {
		return None
	}
	cls := AsType(args[0])
	if cls == nil {
		return None
	}
	if kwnames.Len() > 0 {
		return t.Raisef(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", cls.Name)
	}
	var params []Value
	if ob := cls.Dict.getStr(NewStr("__orig_bases__")); !ob.IsNull() {
		if bases, ok := AsTuple(ob); ok {
			var fromGeneric *Tuple
			for _, b := range bases.Items {
				switch TypeOf(b) {
				case TypingGenericAlias, GenericAliasType:
					a := as[GenericAliasObj](b)
					if a.origin.p == GenericType.Value().p {
						fromGeneric = a.args
					}
					for _, x := range a.args.Items {
						switch TypeOf(x) {
						case TypeVarType, ParamSpecType, TypeVarTupleType:
							seen := false
							for _, p := range params {
								seen = seen || p.p == x.p
							}
							if !seen {
								params = append(params, x)
							}
						}
					}
				}
			}
			if fromGeneric != nil {
				params = fromGeneric.Items
			}
		}
	}
	if SetAttr(t, cls.Value(), NewStr("__parameters__"), NewTuple(params).Value()) < 0 {
		return Null
	}
	return None
}

// MappingLookup reads name from a class namespace (a dict, or the mapping
// a metaclass's __prepare__ returned): NULL without an exception when it
// is missing, NULL with one on error.
func MappingLookup(t *Thread, mapping Value, name *Str) Value {
	if d, ok := AsDict(mapping); ok && TypeOf(mapping) == DictType {
		return d.GetStr(name)
	}
	v := GetItem(t, mapping, name.Value())
	if v.IsNull() && t.ExceptionMatches(KeyErrorType) {
		t.Clear()
	}
	return v
}

// hasDefault reports a type parameter with a PEP 696 default.
func hasDefault(p Value) bool {
	switch TypeOf(p) {
	case TypeVarType, ParamSpecType, TypeVarTupleType:
		return !as[TypeParam](p).defaultFn.IsNull()
	}
	return false
}

// typingUnionOr is `|` with a type parameter operand: typing.Union[a, b]
// (flattened, deduplicated, None as NoneType; one member: itself).
func typingUnionOr(t *Thread, a, b Value) Value {
	var args []Value
	add := func(v Value) {
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
		switch {
		case TypeOf(v) == TypingUnionAlias:
			for _, x := range as[GenericAliasObj](v).args.Items {
				add(x)
			}
		case UnionArgs(v) != nil:
			for _, x := range UnionArgs(v) {
				add(x)
			}
		case v == None || AsType(v) != nil:
			add(v)
		default:
			switch TypeOf(v) {
			case TypeVarType, ParamSpecType, TypeVarTupleType, GenericAliasType, TypingGenericAlias, TypeAliasTypeType, UnionTypeType:
				add(v)
			default:
				return NotImplemented
			}
		}
	}
	if len(args) == 1 {
		return args[0]
	}
	return fromHeap(&GenericAliasObj{Header: Header{TypingUnionAlias}, origin: None, args: NewTuple(args), special: "typing.Union"})
}

// typingUnionRepr writes typing.Optional[X] for a union of X and None,
// typing.Union[...] otherwise.
func typingUnionRepr(t *Thread, a *GenericAliasObj) Value {
	var b strings.Builder
	items := a.args.Items
	none := NoneType.Value()
	if len(items) == 2 && (items[0].Is(none) || items[1].Is(none)) {
		other := items[0]
		if other.Is(none) {
			other = items[1]
		}
		b.WriteString("typing.Optional[")
		if !aliasItemRepr(t, &b, other) {
			return Null
		}
		b.WriteByte(']')
		return NewStr(b.String()).Value()
	}
	b.WriteString("typing.Union[")
	for i, x := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		if !aliasItemRepr(t, &b, x) {
			return Null
		}
	}
	b.WriteByte(']')
	return NewStr(b.String()).Value()
}
