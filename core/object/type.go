package object

// Slot function types: CPython's tp_*/nb_*/sq_*/mp_* in Go. A slot that
// fails raises on t and returns NULL (or -1).
type (
	UnaryFunc   func(t *Thread, v Value) Value
	BinaryFunc  func(t *Thread, a, b Value) Value
	CompareFunc func(t *Thread, a, b Value, op int) Value
	HashFunc    func(t *Thread, v Value) (int64, bool)
	LenFunc     func(t *Thread, v Value) int
	BoolFunc    func(t *Thread, v Value) int
	GetAttrFunc func(t *Thread, v Value, name *Str) Value
	// SetAttrFunc deletes when val is NULL. Returns 0 or -1.
	SetAttrFunc func(t *Thread, v Value, name *Str, val Value) int
	// CallFunc takes positional then keyword argument values; kwnames
	// names the last len(kwnames) of args (nil for none).
	CallFunc func(t *Thread, callable Value, args []Value, kwnames *Tuple) Value
	NewFunc  func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value
	InitFunc func(t *Thread, self Value, args []Value, kwnames *Tuple) int
	// SetItemFunc deletes when val is NULL. Returns 0 or -1.
	SetItemFunc  func(t *Thread, obj, key, val Value) int
	ContainsFunc func(t *Thread, container, v Value) int
	// DescrGetFunc binds descr to obj (NULL when looked up on the class).
	DescrGetFunc func(t *Thread, descr, obj Value, typ *Type) Value
	// DescrSetFunc sets (val NULL: deletes) through a data descriptor.
	DescrSetFunc func(t *Thread, descr, obj, val Value) int
	// NextFunc returns the next item, or NULL: exhausted when t.Exc is nil.
	NextFunc func(t *Thread, it Value) Value
)

// NumBinary is the number of binary operators (opcode.NB_ADD..NB_XOR).
const NumBinary = 13

// TypeFlags are a type's properties.
type TypeFlags uint32

// The type flags.
const (
	FlagHeapType  TypeFlags = 1 << iota // a class statement made it (per interpreter)
	FlagBaseType                        // may be subclassed
	FlagImmutable                       // attributes cannot be set (builtin types)
	// FlagCustomAttrs: the class defines __getattribute__, __setattr__
	// or __delattr__ in Python: attribute caches must not bypass them.
	FlagCustomAttrs
	// FlagAbstract: __abstractmethods__ is set and not empty: object's
	// constructor refuses to make instances.
	FlagAbstract
	// FlagNoDict: instances have no __dict__ (a class whose bases and
	// itself define __slots__ without '__dict__').
	FlagNoDict
	// FlagModuleTPName: a builtin type a module other than builtins
	// defines (_io.TextIOWrapper): messages name it module.name (TPName).
	FlagModuleTPName
)

// TPName is the type's name as CPython's messages show it (tp_name): its
// __name__, prefixed by its module for FlagModuleTPName types.
func (typ *Type) TPName() string {
	if typ.Flags&FlagModuleTPName != 0 {
		return typ.Module + "." + typ.Name
	}
	return typ.Name
}

// CustomAttrAccess reports whether attribute access on instances runs
// Python code (__getattribute__/__setattr__/__delattr__ overrides).
func (typ *Type) CustomAttrAccess() bool { return typ.Flags&FlagCustomAttrs != 0 }

// Type is a type object (CPython's PyTypeObject). Builtin types are built
// at init and never written afterwards; classes belong to one
// interpreter.
type Type struct {
	Header
	Name     string // __name__
	QualName string // __qualname__
	Module   string // __module__ ("builtins" for builtin types)
	Base     *Type  // __base__ (nil for object)
	Bases    []*Type
	MRO      []*Type // __mro__, the type first
	Dict     *Dict   // the class namespace
	Flags    TypeFlags
	// Version changes whenever the type's or a base's attributes change:
	// caches keyed by it stay valid while it is equal. 0 = do not cache.
	Version uint32
	// layout is the solid base whose Go struct the instances use.
	layout *Type
	// shape is the root of the instances' shapes (classes only).
	shape *Shape
	// subclasses are the classes whose MRO includes this one (classes
	// only: builtin types keep none, their subclasses are never modified
	// through them... a builtin type is immutable).
	subclasses []*Type
	// attrsOffset is the offset of the Attrs field in the instances' Go
	// struct; 0 when instances have no attributes of their own.
	attrsOffset uintptr
	// mcache is the method cache (classes only, made on first use).
	mcache *[methodCacheSize]methodCacheEntry
	// nMembers counts the __slots__ members of the instances (own and
	// inherited): Attrs.members' length.
	nMembers int

	Repr, Str   UnaryFunc
	Hash        HashFunc
	Compare     CompareFunc
	Bool        BoolFunc
	Len         LenFunc
	GetAttr     GetAttrFunc // nil: GenericGetAttr
	SetAttr     SetAttrFunc
	Call        CallFunc
	Iter        UnaryFunc
	Next        NextFunc
	GetItem     BinaryFunc
	SetItem     SetItemFunc
	Contains    ContainsFunc
	DescrGet    DescrGetFunc
	DescrSet    DescrSetFunc
	New         NewFunc
	Init        InitFunc
	Binary      [NumBinary]BinaryFunc // indexed by opcode.NB_*
	InPlace     [NumBinary]BinaryFunc // NB_INPLACE_* - NB_INPLACE_ADD; nil: use Binary
	Neg, Pos    UnaryFunc
	Invert, Abs UnaryFunc
	Index       UnaryFunc // __index__: returns an int
}

// TypeType is `type`.
var TypeType = &Type{Name: "type"}

// ObjectType is `object`.
var ObjectType = &Type{Name: "object"}

// newBuiltinType makes a builtin type; init functions fill its slots.
func newBuiltinType(name string, base *Type, flags TypeFlags) *Type {
	typ := &Type{Name: name}
	setupBuiltinType(typ, base, flags)
	return typ
}

func setupBuiltinType(typ *Type, base *Type, flags TypeFlags) {
	typ.Header.typ = TypeType
	builtinTypes = append(builtinTypes, typ)
	if typ.QualName == "" {
		typ.QualName = typ.Name
	}
	typ.Module = "builtins"
	typ.Base = base
	typ.Flags = flags | FlagImmutable
	typ.Dict = NewDict()
	// Builtin types never change: any fixed non-zero version will do
	// (caches key on the type pointer and its version together).
	typ.Version = 1
	typ.MRO = []*Type{typ}
	typ.layout = typ
	if base != nil {
		typ.attrsOffset = base.attrsOffset
		typ.Bases = []*Type{base}
		typ.MRO = append(typ.MRO, base.MRO...)
		inheritSlots(typ, base)
	}
}

// inheritSlots copies the slots typ does not define from base.
func inheritSlots(typ, base *Type) {
	if typ.Repr == nil {
		typ.Repr = base.Repr
	}
	if typ.Str == nil {
		typ.Str = base.Str
	}
	if typ.Hash == nil {
		typ.Hash = base.Hash
	}
	if typ.Compare == nil {
		typ.Compare = base.Compare
	}
	if typ.Bool == nil {
		typ.Bool = base.Bool
	}
	if typ.Len == nil {
		typ.Len = base.Len
	}
	if typ.GetAttr == nil {
		typ.GetAttr = base.GetAttr
	}
	if typ.SetAttr == nil {
		typ.SetAttr = base.SetAttr
	}
	if typ.Call == nil {
		typ.Call = base.Call
	}
	if typ.Iter == nil {
		typ.Iter = base.Iter
	}
	if typ.Next == nil {
		typ.Next = base.Next
	}
	if typ.GetItem == nil {
		typ.GetItem = base.GetItem
	}
	if typ.SetItem == nil {
		typ.SetItem = base.SetItem
	}
	if typ.Contains == nil {
		typ.Contains = base.Contains
	}
	if typ.DescrGet == nil {
		typ.DescrGet = base.DescrGet
	}
	if typ.DescrSet == nil {
		typ.DescrSet = base.DescrSet
	}
	if typ.New == nil {
		typ.New = base.New
	}
	if typ.Init == nil {
		typ.Init = base.Init
	}
	for i := range typ.Binary {
		if typ.Binary[i] == nil {
			typ.Binary[i] = base.Binary[i]
		}
		if typ.InPlace[i] == nil {
			typ.InPlace[i] = base.InPlace[i]
		}
	}
	for _, p := range []struct{ dst, src *UnaryFunc }{
		{&typ.Neg, &base.Neg}, {&typ.Pos, &base.Pos}, {&typ.Invert, &base.Invert},
		{&typ.Abs, &base.Abs}, {&typ.Index, &base.Index},
	} {
		if *p.dst == nil {
			*p.dst = *p.src
		}
	}
}

// IsSubtype reports whether typ is sub (or a subclass of it).
func (typ *Type) IsSubtype(sub *Type) bool {
	if typ == sub {
		return true
	}
	for _, m := range typ.MRO {
		if m == sub {
			return true
		}
	}
	return false
}

// Lookup finds name along the MRO (CPython's _PyType_Lookup); NULL if
// missing. It raises nothing.
func (typ *Type) Lookup(name *Str) Value {
	if typ.Flags&FlagHeapType != 0 && typ.Version != 0 {
		v, _ := typ.cachedLookup(name)
		return v
	}
	for _, m := range typ.MRO {
		if v := m.Dict.getStr(name); !v.IsNull() {
			return v
		}
	}
	return Null
}

// The method cache of a class (CPython's type attribute cache, per type):
// name → what the MRO walk found, valid while the class's Version is the
// one recorded. Names are keyed by identity (code objects share their
// name strings). Classes only: builtin types are shared between threads.
const methodCacheSize = 32

type methodCacheEntry struct {
	name    *Str
	version uint32
	heap    bool // found in a class's dict (not a builtin type's)
	value   Value
}

// cachedLookup is Lookup through the method cache; heap reports that the
// definition found is in a class (what lookupPy needs).
func (typ *Type) cachedLookup(name *Str) (Value, bool) {
	if typ.mcache == nil {
		typ.mcache = new([methodCacheSize]methodCacheEntry)
	}
	e := &typ.mcache[uint64(name.Hash())&(methodCacheSize-1)]
	if e.name == name && e.version == typ.Version {
		return e.value, e.heap
	}
	var v Value
	heap := false
	for _, m := range typ.MRO {
		if v = m.Dict.getStr(name); !v.IsNull() {
			heap = m.Flags&FlagHeapType != 0
			break
		}
	}
	*e = methodCacheEntry{name, typ.Version, heap, v}
	return v, heap
}

// LookupString is Lookup with a Go string.
func (typ *Type) LookupString(name string) Value { return typ.Lookup(NewStr(name)) }

// Value returns the type as a Value.
func (typ *Type) Value() Value { return fromHeap(typ) }

// IsHeapType reports whether a class statement made typ.
func (typ *Type) IsHeapType() bool { return typ.Flags&FlagHeapType != 0 }

// FullName is the name repr() shows: module.qualname except for builtins.
func (typ *Type) FullName() string {
	if typ.Module == "builtins" || typ.Module == "" {
		return typ.QualName
	}
	return typ.Module + "." + typ.QualName
}

// AsType returns v as a type, or nil.
func AsType(v Value) *Type {
	if v.IsHeap() && v.header().typ.IsSubtype(TypeType) {
		return as[Type](v)
	}
	return nil
}

// addMethod puts a builtin method into a builtin type's dict (init only).
func (typ *Type) addMethod(name string, fn MethodFunc) {
	typ.Dict.setStrInit(name, fromHeap(&MethodDescr{Header{MethodDescrType}, name, typ, fn}))
}

func initTypeObject() {
	setupBuiltinType(ObjectType, nil, FlagBaseType)
	setupBuiltinType(TypeType, ObjectType, FlagBaseType)
	ObjectType.Repr = objectRepr
	ObjectType.Str = objectStr
	ObjectType.Hash = objectHash
	ObjectType.Compare = objectCompare
	// GetAttr stays nil: "generic" (object.GetAttr then uses GenericGetAttr).
	// The VM's method-call form relies on it to know a type is generic.
	ObjectType.SetAttr = GenericSetAttr
	ObjectType.New = objectNew
	ObjectType.Init = objectInit
	inheritSlots(TypeType, ObjectType)
	initObjectMethods()
	TypeType.Repr = typeRepr
	TypeType.Call = typeCall
	TypeType.GetAttr = typeGetAttr
	TypeType.SetAttr = typeSetAttr
	TypeType.New = typeNew
	initTypeMethods()
	TypeType.Init = func(t *Thread, self Value, args []Value, kwnames *Tuple) int {
		if n := len(args) - kwnames.Len(); n != 1 && n != 3 {
			t.RaiseMsg(TypeErrorType, "type.__init__() takes 1 or 3 arguments")
			return -1
		}
		return 0
	}
}

func typeRepr(t *Thread, v Value) Value {
	return NewStr("<class '" + as[Type](v).FullName() + "'>").Value()
}

// typeCall is type.__call__: typ(args...) makes an instance.
func typeCall(t *Thread, callable Value, args []Value, kwnames *Tuple) Value {
	typ := as[Type](callable)
	if typ == TypeType {
		if len(args) == 1 && kwnames == nil {
			return TypeOf(args[0]).Value()
		}
		if n := len(args) - kwnames.Len(); n != 3 {
			return t.RaiseMsg(TypeErrorType, "type() takes 1 or 3 arguments")
		}
	}
	if typ.New == nil {
		return t.Raisef(TypeErrorType, "cannot create '%s' instances", typ.FullName())
	}
	obj := typ.New(t, typ, args, kwnames)
	if obj.IsNull() {
		return Null
	}
	if ot := TypeOf(obj); ot.IsSubtype(typ) && ot.Init != nil {
		if ot.Init(t, obj, args, kwnames) < 0 {
			return Null
		}
	}
	return obj
}

// typeNew is type.__new__(meta, name, bases, dict, **kwds): the keywords
// go to __init_subclass__.
func typeNew(t *Thread, meta *Type, args []Value, kwnames *Tuple) Value {
	npos := len(args) - kwnames.Len()
	if npos != 3 {
		return t.Raisef(TypeErrorType, "type.__new__() takes exactly 3 arguments (%d given)", npos)
	}
	name, ok := AsStr(args[0])
	if !ok {
		return t.Raisef(TypeErrorType, "type.__new__() argument 1 must be str, not %s", TypeOf(args[0]).Name)
	}
	bases, ok := AsTuple(args[1])
	if !ok {
		return t.Raisef(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", TypeOf(args[1]).Name)
	}
	dict, ok := AsDict(args[2])
	if !ok {
		return t.Raisef(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", TypeOf(args[2]).Name)
	}
	winner := CalculateMeta(t, meta, bases.Items)
	if winner == nil {
		return Null
	}
	if winner != meta {
		if !lookupPy(winner, strNew).IsNull() {
			return winner.New(t, winner, args, kwnames)
		}
		meta = winner
	}
	cls := NewClass(t, meta, name.s, bases.Items, dict)
	if cls == nil {
		return Null
	}
	if initSubclass(t, cls, args[npos:], kwnames) < 0 {
		return Null
	}
	return cls.Value()
}

// CalculateMeta returns the most derived of meta and the bases'
// metaclasses, or raises CPython's "metaclass conflict" (nil).
func CalculateMeta(t *Thread, meta *Type, bases []Value) *Type {
	winner := meta
	for _, b := range bases {
		bt := TypeOf(b)
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		t.RaiseMsg(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		return nil
	}
	return winner
}

// typeGetAttr looks an attribute up on a type: the metatype's data
// descriptors, then the type's MRO (binding descriptors to the class),
// then the metatype.
func typeGetAttr(t *Thread, v Value, name *Str) Value {
	typ := as[Type](v)
	switch name.s {
	case "__name__":
		return NewStr(typ.Name).Value()
	case "__qualname__":
		return NewStr(typ.QualName).Value()
	case "__module__":
		if typ.IsHeapType() {
			break
		}
		return NewStr(typ.Module).Value()
	case "__mro__":
		items := make([]Value, len(typ.MRO))
		for i, m := range typ.MRO {
			items[i] = m.Value()
		}
		return NewTuple(items).Value()
	case "__bases__":
		items := make([]Value, len(typ.Bases))
		for i, m := range typ.Bases {
			items[i] = m.Value()
		}
		return NewTuple(items).Value()
	case "__base__":
		if typ.Base == nil {
			return None
		}
		return typ.Base.Value()
	case "__dict__":
		return NewMappingProxy(typ.Dict.Value())
	case "__doc__":
		if !typ.IsHeapType() && typ.Dict.getStr(strDoc).IsNull() {
			return None
		}
	case "__type_params__":
		// PEP 695: the class's own (a generic class's body sets it), else ().
		if v := typ.Dict.getStr(name); !v.IsNull() && typ != TypeType {
			return v
		}
		return NewTuple(nil).Value()
	case "__abstractmethods__":
		// Only the class's own (abc sets it on each class); never type's.
		if v := typ.Dict.getStr(name); !v.IsNull() && typ != TypeType {
			return v
		}
		return t.RaiseMsg(AttributeErrorType, "__abstractmethods__")
	}
	meta := TypeOf(v)
	metaAttr := meta.Lookup(name)
	var mt *Type
	if !metaAttr.IsNull() {
		mt = TypeOf(metaAttr)
		if mt.DescrGet != nil && mt.DescrSet != nil {
			return getattrHook(t, meta, v, name, mt.DescrGet(t, metaAttr, v, meta))
		}
	}
	if attr := typ.Lookup(name); !attr.IsNull() {
		at := TypeOf(attr)
		if at.DescrGet != nil {
			return getattrHook(t, meta, v, name, at.DescrGet(t, attr, Null, typ))
		}
		return attr
	}
	if !metaAttr.IsNull() {
		if mt.DescrGet != nil {
			return getattrHook(t, meta, v, name, mt.DescrGet(t, metaAttr, v, meta))
		}
		return metaAttr
	}
	if ga := lookupPy(meta, strGetattr); !ga.IsNull() { // a metaclass's __getattr__
		return callPy(t, ga, v, name.Value())
	}
	return t.Raisef(AttributeErrorType, "type object '%s' has no attribute '%s'", typ.Name, name.s)
}

// typeSetAttr sets a class attribute; builtin types are immutable.
func typeSetAttr(t *Thread, v Value, name *Str, val Value) int {
	typ := as[Type](v)
	if typ.Flags&FlagImmutable != 0 {
		t.Raisef(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name.s, typ.Name)
		return -1
	}
	switch name.s {
	case "__name__", "__qualname__":
		if val.IsNull() {
			t.Raisef(TypeErrorType, "cannot delete '%s' attribute of immutable type '%s'", name.s, typ.Name)
			return -1
		}
		s, ok := AsStr(val)
		if !ok {
			t.Raisef(TypeErrorType, "can only assign string to %s.%s, not '%s'", typ.Name, name.s, TypeOf(val).Name)
			return -1
		}
		if name.s == "__name__" {
			typ.Name = s.s
		} else {
			typ.QualName = s.s
		}
		return 0
	case "__module__":
		if s, ok := AsStr(val); ok {
			typ.Module = s.s
		}
	case "__mro__", "__base__", "__dict__", "__basicsize__", "__itemsize__", "__flags__", "__weakrefoffset__", "__dictoffset__":
		t.Raisef(AttributeErrorType, "attribute '%s' of 'type' objects is not writable", name.s)
		return -1
	case "__bases__":
		if val.IsNull() {
			t.Raisef(TypeErrorType, "cannot delete '__bases__' attribute of immutable type '%s'", typ.Name)
			return -1
		}
		tu, ok := AsTuple(val)
		if !ok {
			t.Raisef(TypeErrorType, "can only assign tuple to %s.__bases__, not %s", typ.Name, TypeOf(val).Name)
			return -1
		}
		if len(tu.Items) == 0 {
			t.Raisef(TypeErrorType, "can only assign non-empty tuple to %s.__bases__, not ()", typ.Name)
			return -1
		}
		t.Raisef(TypeErrorType, "__bases__ assignment is not supported by subpy yet (class %s)", typ.Name)
		return -1
	case "__abstractmethods__":
		abstract := false
		if val.IsNull() {
			if typ.Dict.getStr(name).IsNull() {
				t.RaiseMsg(AttributeErrorType, "__abstractmethods__")
				return -1
			}
		} else {
			r := Truth(t, val)
			if r < 0 {
				return -1
			}
			abstract = r == 1
		}
		if abstract {
			typ.Flags |= FlagAbstract
		} else {
			typ.Flags &^= FlagAbstract
		}
	}
	if val.IsNull() {
		if typ.Dict.getStr(name).IsNull() {
			t.Raisef(AttributeErrorType, "type object '%s' has no attribute '%s'", typ.Name, name.s)
			return -1
		}
		if typ.Dict.DelItem(t, name.Value()) < 0 {
			return -1
		}
	} else if typ.Dict.SetItem(t, name.Value(), val) < 0 {
		return -1
	}
	typ.modified(t)
	if isDunder(name.s) {
		updateSlot(typ, name.s)
		for _, sub := range typ.subclasses {
			updateSlot(sub, name.s)
		}
	}
	return 0
}

// modified gives typ and its subclasses new versions.
func (typ *Type) modified(t *Thread) {
	typ.Version = t.Interp.newTypeVersion()
	for _, sub := range typ.subclasses {
		sub.Version = t.Interp.newTypeVersion()
	}
}

func isDunder(s string) bool {
	return len(s) > 4 && s[:2] == "__" && s[len(s)-2:] == "__"
}

// c3 computes the C3 linearization of a class with the given bases.
func c3(t *Thread, typ *Type, bases []*Type) []*Type {
	seqs := make([][]*Type, 0, len(bases)+1)
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{typ}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return out
		}
		var cand *Type
	search:
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						continue search
					}
				}
			}
			cand = c
			break
		}
		if cand == nil {
			msg := "Cannot create a consistent method resolution order (MRO) for bases"
			for i, s := range seqs[:len(seqs)-1] {
				if len(s) > 0 {
					if i > 0 {
						msg += ","
					}
					msg += " " + s[0].Name
				}
			}
			t.RaiseMsg(TypeErrorType, msg)
			return nil
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// initTypeMethods fills type's dict: mro(), __subclasses__(),
// __instancecheck__, __subclasscheck__, __prepare__.
func initTypeMethods() {
	m := TypeType.addMethod
	m("mro", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		typ := as[Type](self)
		if len(args) > 0 || kwnames != nil {
			return t.Raisef(TypeErrorType, "%s.mro() takes no arguments (%d given)", typ.Name, len(args))
		}
		items := make([]Value, len(typ.MRO))
		for i, c := range typ.MRO {
			items[i] = c.Value()
		}
		return NewList(items).Value()
	})
	m("__subclasses__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) > 0 || kwnames != nil {
			return t.Raisef(TypeErrorType, "%s.__subclasses__() takes no arguments (%d given)", as[Type](self).Name, len(args))
		}
		subs := directSubclasses(t, as[Type](self))
		items := make([]Value, len(subs))
		for i, c := range subs {
			items[i] = c.Value()
		}
		return NewList(items).Value()
	})
	m("__instancecheck__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.Raisef(TypeErrorType, "type.__instancecheck__() takes exactly one argument (%d given)", len(args))
		}
		return Bool(recursiveIsInstance(t, args[0], as[Type](self)))
	})
	m("__subclasscheck__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.Raisef(TypeErrorType, "type.__subclasscheck__() takes exactly one argument (%d given)", len(args))
		}
		c := AsType(args[0])
		if c == nil {
			return t.RaiseMsg(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return Bool(c.IsSubtype(as[Type](self)))
	})
	// type's attributes as descriptors (type.__dict__['__name__']...);
	// typeGetAttr answers most of them first.
	for _, n := range []string{"__name__", "__qualname__", "__module__", "__mro__", "__bases__", "__base__", "__dict__", "__abstractmethods__"} {
		name := NewStr(n)
		TypeType.AddGetter(n, func(t *Thread, v Value) Value {
			typ := as[Type](v)
			if name.s == "__module__" && typ.IsHeapType() {
				if m := typ.Dict.getStr(strModuleName); !m.IsNull() {
					return m
				}
				return t.RaiseMsg(AttributeErrorType, "__module__")
			}
			return typeGetAttr(t, v, name)
		})
	}
	// Layout numbers CPython exposes; subpy's are nominal.
	for n, v := range map[string]int64{"__basicsize__": 16, "__itemsize__": 0, "__dictoffset__": 0, "__weakrefoffset__": 0} {
		TypeType.AddGetter(n, func(t *Thread, _ Value) Value { return Int(v) })
	}
	TypeType.AddGetter("__flags__", func(t *Thread, v Value) Value { return Int(int64(as[Type](v).Flags)) })
	TypeType.AddGetter("__text_signature__", func(t *Thread, v Value) Value { return None })
	TypeType.AddGetter("__type_params__", func(t *Thread, v Value) Value {
		if p := as[Type](v).Dict.getStr(NewStr("__type_params__")); !p.IsNull() {
			return p
		}
		return NewTuple(nil).Value()
	})
	TypeType.AddGetter("__annotations__", func(t *Thread, v Value) Value {
		typ := as[Type](v)
		name := NewStr("__annotations__")
		if a := typ.Dict.getStr(name); !a.IsNull() {
			return a
		}
		if !typ.IsHeapType() {
			return t.Raisef(AttributeErrorType, "type object '%s' has no attribute '__annotations__'", typ.Name)
		}
		d := NewDict().Value()
		typ.Dict.SetStr(name, d) // created on first access, as CPython 3.13
		typ.modified(t)
		return d
	})
	TypeType.Dict.setStrInit("__prepare__", fromHeap(&wrapper{Header{ClassMethodType},
		NewBuiltin("__prepare__", Null, func(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
			return NewDict().Value()
		})}))
}

// recursiveIsInstance is isinstance without __instancecheck__: the type,
// then __class__ when it differs.
func recursiveIsInstance(t *Thread, v Value, typ *Type) bool {
	vt := TypeOf(v)
	if vt.IsSubtype(typ) {
		return true
	}
	if vt.IsHeapType() && (vt.Flags&FlagCustomAttrs != 0 || !lookupPy(vt, strClassName).IsNull()) {
		// A proxy's __class__ (a property or __getattribute__) counts.
		c := GetAttr(t, v, strClassName)
		if c.IsNull() {
			t.Clear()
			return false
		}
		if ct := AsType(c); ct != nil && ct != vt {
			return ct.IsSubtype(typ)
		}
	}
	return false
}

// IsInstanceOf is isinstance(v, cls): tuples, then __instancecheck__ on
// cls's metaclass. 1, 0, or -1 with an exception set.
func IsInstanceOf(t *Thread, v, cls Value) int {
	if typ := AsType(cls); typ != nil {
		if TypeOf(v) == typ {
			return 1
		}
		if TypeOf(cls) == TypeType {
			return boolInt(recursiveIsInstance(t, v, typ))
		}
	}
	if tu, ok := AsTuple(cls); ok && TypeOf(cls) == TupleType {
		for _, c := range tu.Items {
			if r := IsInstanceOf(t, v, c); r != 0 {
				return r
			}
		}
		return 0
	}
	if args := UnionArgs(cls); args != nil {
		for _, c := range args {
			if r := IsInstanceOf(t, v, c); r != 0 {
				return r
			}
		}
		return 0
	}
	if ct := TypeOf(cls); ct == GenericAliasType || ct == TypingGenericAlias {
		t.RaiseMsg(TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic")
		return -1
	}
	if typ := AsType(cls); typ != nil && lookupPy(TypeOf(cls), strInstanceCheck).IsNull() {
		return boolInt(recursiveIsInstance(t, v, typ)) // type.__instancecheck__
	}
	if chk := TypeOf(cls).Lookup(strInstanceCheck); !chk.IsNull() {
		r := callPy(t, chk, cls, v)
		if r.IsNull() {
			return -1
		}
		return Truth(t, r)
	}
	t.RaiseMsg(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	return -1
}

// IsSubclassOf is issubclass(c, cls): tuples, then __subclasscheck__ on
// cls's metaclass. 1, 0, or -1 with an exception set.
func IsSubclassOf(t *Thread, c, cls Value) int {
	if tu, ok := AsTuple(cls); ok && TypeOf(cls) == TupleType {
		for _, x := range tu.Items {
			if r := IsSubclassOf(t, c, x); r != 0 {
				return r
			}
		}
		return 0
	}
	if args := UnionArgs(cls); args != nil {
		for _, x := range args {
			if r := IsSubclassOf(t, c, x); r != 0 {
				return r
			}
		}
		return 0
	}
	if ct := TypeOf(cls); ct == GenericAliasType || ct == TypingGenericAlias {
		t.RaiseMsg(TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic")
		return -1
	}
	if typ := AsType(cls); typ != nil && lookupPy(TypeOf(cls), strSubclassCheck).IsNull() {
		ct := AsType(c)
		if ct == nil {
			t.RaiseMsg(TypeErrorType, "issubclass() arg 1 must be a class")
			return -1
		}
		return boolInt(ct.IsSubtype(typ))
	}
	if chk := TypeOf(cls).Lookup(strSubclassCheck); !chk.IsNull() {
		r := callPy(t, chk, cls, c)
		if r.IsNull() {
			return -1
		}
		return Truth(t, r)
	}
	t.RaiseMsg(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	return -1
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

var (
	strClassName     = NewStr("__class__")
	strInstanceCheck = NewStr("__instancecheck__")
	strSubclassCheck = NewStr("__subclasscheck__")
)
