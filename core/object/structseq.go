package object

import "strings"

// Struct sequences (CPython's PyStructSequence: sys.version_info,
// time.struct_time), types.SimpleNamespace, and the attribute descriptors
// builtin types defined outside this package use (getset_descriptor).
// All types here are built while a package initializes and are immutable
// afterwards, like the other builtin types.

// GetSetDescrType is `getset_descriptor` (also used for the read-only
// fields of struct sequences, CPython's member_descriptor).
var GetSetDescrType = &Type{Name: "getset_descriptor"}

// MemberGetSetType is `member_descriptor` for the read-only members of
// builtin types (slice.start, struct sequence fields): the getSetDescr
// layout and slots under CPython's type name.
var MemberGetSetType = &Type{Name: "member_descriptor"}

func getSetTypeFor(member bool) *Type {
	if member {
		return MemberGetSetType
	}
	return GetSetDescrType
}

// Getter reads an attribute of self.
type Getter func(t *Thread, self Value) Value

// getSetDescr is a read-only attribute of a builtin type.
type getSetDescr struct {
	Header
	name   string
	owner  *Type
	get    Getter
	member bool // a struct sequence field: "readonly attribute"
}

// StructSeq is an instance of a struct sequence type: a tuple of the
// visible fields plus the fields reachable by name only.
type StructSeq struct {
	Tuple
	Extra []Value
}

// SimpleNamespaceType is types.SimpleNamespace.
var SimpleNamespaceType = &Type{Name: "SimpleNamespace"}

func initStructSeq() {
	setupBuiltinType(GetSetDescrType, ObjectType, 0)
	GetSetDescrType.GetAttr = func(t *Thread, v Value, name *Str) Value {
		d := as[getSetDescr](v)
		if r := descrNameAttr(name, d.name, d.owner); !r.IsNull() {
			return r
		}
		return GenericGetAttr(t, v, name)
	}
	addAttrGetters(GetSetDescrType, "__name__", "__qualname__", "__objclass__")
	GetSetDescrType.DescrGet = func(t *Thread, descr, obj Value, typ *Type) Value {
		d := as[getSetDescr](descr)
		if obj.IsNull() {
			return descr
		}
		if !TypeOf(obj).IsSubtype(d.owner) {
			return t.Raisef(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name, d.owner.Name, TypeOf(obj).Name)
		}
		return d.get(t, obj)
	}
	GetSetDescrType.DescrSet = func(t *Thread, descr, obj, val Value) int {
		d := as[getSetDescr](descr)
		if d.member {
			t.RaiseMsg(AttributeErrorType, "readonly attribute")
		} else {
			t.Raisef(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", d.name, d.owner.FullName())
		}
		return -1
	}
	GetSetDescrType.Repr = func(t *Thread, v Value) Value {
		d := as[getSetDescr](v)
		kind := "attribute"
		if d.member {
			kind = "member"
		}
		return NewStr("<" + kind + " '" + d.name + "' of '" + d.owner.FullName() + "' objects>").Value()
	}

	setupBuiltinType(MemberGetSetType, ObjectType, 0)
	MemberGetSetType.GetAttr = GetSetDescrType.GetAttr
	MemberGetSetType.DescrGet = GetSetDescrType.DescrGet
	MemberGetSetType.DescrSet = GetSetDescrType.DescrSet
	MemberGetSetType.Repr = GetSetDescrType.Repr
	MemberGetSetType.New, MemberGetSetType.Init = GetSetDescrType.New, GetSetDescrType.Init
	addAttrGetters(MemberGetSetType, "__name__", "__qualname__", "__objclass__")
	setupBuiltinType(SimpleNamespaceType, ObjectType, FlagBaseType)
	SimpleNamespaceType.Module = "types"
	SimpleNamespaceType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		d := NewDict()
		d.Reserve(kwnames.Len())
		return fromHeap(&namespace{Header: Header{typ}, dict: d})
	}
	SimpleNamespaceType.Init = func(t *Thread, self Value, args []Value, kwnames *Tuple) int {
		npos := len(args) - kwnames.Len()
		if npos > 1 {
			t.Raisef(TypeErrorType, "SimpleNamespace expected at most 1 positional argument, got %d", npos)
			return -1
		}
		if npos == 1 {
			t.RaiseMsg(TypeErrorType, "SimpleNamespace() positional argument must be a mapping")
			return -1
		}
		d := as[namespace](self).dict
		for i := 0; i < kwnames.Len(); i++ {
			k, _ := AsStr(kwnames.Items[i])
			d.SetStr(k, args[npos+i])
		}
		return 0
	}
	SimpleNamespaceType.GetAttr = namespaceGetAttr
	SimpleNamespaceType.SetAttr = namespaceSetAttr
	SimpleNamespaceType.Repr = func(t *Thread, v Value) Value {
		name := "namespace"
		if typ := TypeOf(v); typ != SimpleNamespaceType {
			name = typ.Name
		}
		var b strings.Builder
		b.WriteString(name)
		b.WriteByte('(')
		first := true
		ok := true
		as[namespace](v).dict.Items(func(k, val Value) bool {
			ks, isStr := AsStr(k)
			if !isStr {
				return true
			}
			r := Repr(t, val)
			if r == nil {
				ok = false
				return false
			}
			if !first {
				b.WriteString(", ")
			}
			first = false
			b.WriteString(ks.s)
			b.WriteByte('=')
			b.WriteString(r.s)
			return true
		})
		if !ok {
			return Null
		}
		b.WriteByte(')')
		return NewStr(b.String()).Value()
	}
	SimpleNamespaceType.Compare = func(t *Thread, a, b Value, op int) Value {
		if (op != cmpEQ && op != cmpNE) || !SimpleNamespaceType.IsSubtype(TypeOf(b)) {
			return NotImplemented
		}
		return RichCompare(t, as[namespace](a).dict.Value(), as[namespace](b).dict.Value(), op)
	}
	SimpleNamespaceType.Hash = nil
}

// namespace is a SimpleNamespace instance: its attributes live in a
// dict, its __dict__ (CPython's layout).
type namespace struct {
	Header
	dict *Dict
}

func namespaceGetAttr(t *Thread, v Value, name *Str) Value {
	typ := TypeOf(v)
	descr := typ.Lookup(name)
	if !descr.IsNull() {
		if dt := TypeOf(descr); dt.DescrGet != nil && dt.DescrSet != nil {
			return dt.DescrGet(t, descr, v, typ)
		}
	}
	d := as[namespace](v).dict
	if r := d.getStr(name); !r.IsNull() {
		return r
	}
	if name.s == "__dict__" {
		return d.Value()
	}
	if !descr.IsNull() || name.s == "__class__" {
		return GenericGetAttr(t, v, name)
	}
	if getattr := lookupPy(typ, strGetattr); !getattr.IsNull() {
		return CallArgs(t, getattr, v, name.Value())
	}
	return t.Raisef(AttributeErrorType, "'%s' object has no attribute '%s'", namespaceTypeName(typ), name.s)
}

func namespaceSetAttr(t *Thread, v Value, name *Str, val Value) int {
	typ := TypeOf(v)
	if descr := typ.Lookup(name); !descr.IsNull() {
		if dt := TypeOf(descr); dt.DescrSet != nil {
			return dt.DescrSet(t, descr, v, val)
		}
	}
	d := as[namespace](v).dict
	if !val.IsNull() {
		d.SetStr(name, val)
		return 0
	}
	if d.getStr(name).IsNull() {
		t.Raisef(AttributeErrorType, "'%s' object has no attribute '%s'", namespaceTypeName(typ), name.s)
		return -1
	}
	return d.DelItem(t, name.Value())
}

func namespaceTypeName(typ *Type) string {
	if typ == SimpleNamespaceType {
		return "types.SimpleNamespace"
	}
	return typ.Name
}

// AddMethod puts a builtin method into a builtin type's dict. Call it
// only while initializing a package, as NewBuiltinType.
func (typ *Type) AddMethod(name string, fn MethodFunc) { typ.addMethod(name, fn) }

// AddGetter puts a read-only attribute into a builtin type's dict (init
// only).
func (typ *Type) AddGetter(name string, get Getter) {
	typ.Dict.setStrInit(name, fromHeap(&getSetDescr{Header{GetSetDescrType}, name, typ, get, false}))
}

// AddConst puts a constant class attribute into a builtin type's dict
// (init only).
func (typ *Type) AddConst(name string, v Value) { typ.Dict.setStrInit(name, v) }

// NewStructSeqType makes a struct sequence type module.name (init only):
// a tuple subtype whose first nSeq fields are its items and whose other
// fields are reachable by name only. Instances are made by NewStructSeq;
// calling the type takes a sequence of nSeq to len(fields) items.
func NewStructSeqType(module, name string, fields []string, nSeq int) *Type {
	typ := newBuiltinType(name, TupleType, 0)
	typ.Module = module
	typ.layout = TupleType
	typ.AddConst("n_fields", Int(int64(len(fields))))
	typ.AddConst("n_sequence_fields", Int(int64(nSeq)))
	typ.AddConst("n_unnamed_fields", Int(0))
	for i, f := range fields {
		typ.Dict.setStrInit(f, fromHeap(&getSetDescr{Header{MemberGetSetType}, f, typ, structSeqField(i, nSeq), true}))
	}
	full := module + "." + name
	typ.Repr = func(t *Thread, v Value) Value {
		var b strings.Builder
		b.WriteString(full)
		b.WriteByte('(')
		for i, it := range as[Tuple](v).Items {
			r := Repr(t, it)
			if r == nil {
				return Null
			}
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(fields[i])
			b.WriteByte('=')
			b.WriteString(r.s)
		}
		b.WriteByte(')')
		return NewStr(b.String()).Value()
	}
	typ.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		if kwnames.Len() != 0 || len(args) != 1 {
			return t.Raisef(TypeErrorType, "%s() takes exactly 1 positional argument", full)
		}
		items, ok := CollectItems(t, args[0])
		if !ok {
			return Null
		}
		if len(items) < nSeq {
			if nSeq == len(fields) {
				return t.Raisef(TypeErrorType, "%s() takes a %d-sequence (%d-sequence given)", full, nSeq, len(items))
			}
			return t.Raisef(TypeErrorType, "%s() takes an at least %d-sequence (%d-sequence given)", full, nSeq, len(items))
		}
		if len(items) > len(fields) {
			if nSeq == len(fields) {
				return t.Raisef(TypeErrorType, "%s() takes a %d-sequence (%d-sequence given)", full, nSeq, len(items))
			}
			return t.Raisef(TypeErrorType, "%s() takes an at most %d-sequence (%d-sequence given)", full, len(fields), len(items))
		}
		extra := make([]Value, len(fields)-nSeq)
		for i := range extra {
			extra[i] = None
			if nSeq+i < len(items) {
				extra[i] = items[nSeq+i]
			}
		}
		return NewStructSeq(typ, items[:nSeq:nSeq], extra)
	}
	return typ
}

func structSeqField(i, nSeq int) Getter {
	return func(t *Thread, self Value) Value {
		if i < nSeq {
			return as[Tuple](self).Items[i]
		}
		return as[StructSeq](self).Extra[i-nSeq]
	}
}

// NewStructSeq returns an instance of the struct sequence type typ with
// the visible items and the by-name-only extra fields (both owned by the
// result).
func NewStructSeq(typ *Type, items, extra []Value) Value {
	return fromHeap(&StructSeq{Tuple: Tuple{Header: Header{typ}, Items: items}, Extra: extra})
}
