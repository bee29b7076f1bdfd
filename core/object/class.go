package object

import (
	"fmt"
	"slices"
	"strings"
	"unsafe"
)

// Shape is a hidden class: the ordered attribute names an instance has,
// shared by all instances that got the same attributes in the same order
// (docs/engine-design.md, §4). Shapes belong to one interpreter.
type Shape struct {
	names []*Str
	index map[string]int // built past shapeLinear names
	next  map[string]*Shape
}

const shapeLinear = 8

// Find returns the slot of name, or -1.
func (s *Shape) Find(name *Str) int {
	if s.index != nil {
		if i, ok := s.index[name.s]; ok {
			return i
		}
		return -1
	}
	for i, n := range s.names {
		if n == name || n.s == name.s {
			return i
		}
	}
	return -1
}

func (s *Shape) add(name *Str) *Shape {
	if n, ok := s.next[name.s]; ok {
		return n
	}
	n := &Shape{names: append(append([]*Str(nil), s.names...), name)}
	if len(n.names) > shapeLinear {
		n.index = make(map[string]int, len(n.names))
		for i, x := range n.names {
			n.index[x.s] = i
		}
	}
	if s.next == nil {
		s.next = map[string]*Shape{}
	}
	s.next[name.s] = n
	return n
}

// Attrs is the attribute storage of an instance: its shape and one slot
// per name (NULL: deleted).
type Attrs struct {
	Shape *Shape
	Slots []Value
	// dict, once __dict__ has been asked for, holds the attributes (the
	// live dict Python code sees); Shape is then an empty shape of this
	// instance alone, so the VM's shape caches never match a name.
	dict *Dict
	// members holds the values of __slots__ names (memberDescr.index).
	members []Value
}

// toDict switches a to dict storage and returns the dict.
func (a *Attrs) toDict() *Dict {
	if a.dict != nil {
		return a.dict
	}
	d := NewDict()
	if a.Shape != nil {
		for i, n := range a.Shape.names {
			if !a.Slots[i].IsNull() {
				d.SetStr(n, a.Slots[i])
			}
		}
	}
	a.dict, a.Shape, a.Slots = d, &Shape{}, nil
	return d
}

// del removes name; false when it is not set.
func (a *Attrs) del(t *Thread, name *Str) bool {
	if a.dict != nil {
		if a.dict.getStr(name).IsNull() {
			return false
		}
		return a.dict.DelItem(t, name.Value()) == 0
	}
	if a.Shape != nil {
		if i := a.Shape.Find(name); i >= 0 && !a.Slots[i].IsNull() {
			a.Slots[i] = Null
			return true
		}
	}
	return false
}

// attrsOf returns v's attribute storage, or nil.
func attrsOf(v Value) *Attrs {
	if !v.IsHeap() {
		return nil
	}
	off := v.header().typ.attrsOffset
	if off == 0 {
		return nil
	}
	return (*Attrs)(unsafe.Add(v.p, off))
}

// AttrsOf returns v's attribute storage, or nil (for the VM's caches).
func AttrsOf(v Value) *Attrs { return attrsOf(v) }

// HasDict reports whether a stores its attributes in a live __dict__
// (its Shape then says nothing about which names are set: shape-keyed
// caches must not be filled for it).
func (a *Attrs) HasDict() bool { return a.dict != nil }

// Get returns the instance attribute name, or NULL when it is not set.
func (a *Attrs) Get(name *Str) Value { return a.get(name) }

func (a *Attrs) get(name *Str) Value {
	if a.dict != nil {
		return a.dict.getStr(name)
	}
	if a.Shape == nil {
		return Null
	}
	if i := a.Shape.Find(name); i >= 0 {
		return a.Slots[i]
	}
	return Null
}

func (a *Attrs) set(t *Thread, typ *Type, name *Str, v Value) {
	if a.dict != nil {
		a.dict.SetStr(name, v)
		return
	}
	if a.Shape == nil {
		a.Shape = rootShape(t, typ)
	}
	if i := a.Shape.Find(name); i >= 0 {
		a.Slots[i] = v
		return
	}
	a.Shape = a.Shape.add(name)
	a.Slots = append(a.Slots, v)
}

// rootShape returns the empty shape instances of typ start from.
func rootShape(t *Thread, typ *Type) *Shape {
	if typ.IsHeapType() {
		return typ.shape
	}
	in := t.Interp
	if in.rootShapes == nil {
		in.rootShapes = map[*Type]*Shape{}
	}
	s := in.rootShapes[typ]
	if s == nil {
		s = &Shape{}
		in.rootShapes[typ] = s
	}
	return s
}

// Instance is an instance of a class whose solid base is object.
type Instance struct {
	Header
	attrs Attrs
}

// GenericGetAttr is object.__getattribute__: data descriptors of the
// type, then the instance's attributes, then other class attributes
// (functions bound to the instance).
//
// GenericGetAttr also applies the class's __getattr__ when the lookup
// fails with AttributeError (CPython's slot_tp_getattr_hook);
// ObjectGetAttribute, the method object.__getattribute__, does not.
func GenericGetAttr(t *Thread, v Value, name *Str) Value {
	return genericGetAttr(t, v, name, true)
}

// ObjectGetAttribute is object.__getattribute__(v, name) called
// explicitly: no __getattr__ fallback.
func ObjectGetAttribute(t *Thread, v Value, name *Str) Value {
	return genericGetAttr(t, v, name, false)
}

func genericGetAttr(t *Thread, v Value, name *Str, hook bool) Value {
	typ := TypeOf(v)
	descr := typ.Lookup(name)
	var dt *Type
	if !descr.IsNull() {
		dt = TypeOf(descr)
		if dt.DescrGet != nil && dt.DescrSet != nil {
			if !hook {
				return dt.DescrGet(t, descr, v, typ)
			}
			return getattrHook(t, typ, v, name, dt.DescrGet(t, descr, v, typ))
		}
	}
	if a := attrsOf(v); a != nil {
		if r := a.get(name); !r.IsNull() {
			return r
		}
	}
	if !descr.IsNull() {
		if dt.DescrGet != nil {
			if !hook {
				return dt.DescrGet(t, descr, v, typ)
			}
			return getattrHook(t, typ, v, name, dt.DescrGet(t, descr, v, typ))
		}
		return descr
	}
	switch name.s {
	case "__class__":
		return typ.Value()
	case "__dict__":
		// TODO(engine): a live dict (switch the instance to dict-backed
		// storage); this snapshot serves reads (vars(obj), printing).
		if a := attrsOf(v); a != nil && typ.Flags&FlagNoDict == 0 {
			return a.toDict().Value()
		}
	}
	if hook {
		if getattr := lookupPy(typ, strGetattr); !getattr.IsNull() {
			return CallArgs(t, getattr, v, name.Value())
		}
	}
	return t.Raisef(AttributeErrorType, "'%s' object has no attribute '%s'", typ.TPName(), name.s)
}

// getattrHook passes r through unless it failed with AttributeError and
// the class defines __getattr__: then __getattr__ answers instead (the
// fallback applies whatever raised the AttributeError, a property getter or
// a descriptor's __get__ included).
func getattrHook(t *Thread, typ *Type, v Value, name *Str, r Value) Value {
	if r.IsNull() && t.ExceptionMatches(AttributeErrorType) {
		if ga := lookupPy(typ, strGetattr); !ga.IsNull() {
			t.Clear()
			return CallArgs(t, ga, v, name.Value())
		}
	}
	return r
}

// GenericSetAttr is object.__setattr__ (val NULL deletes).
func GenericSetAttr(t *Thread, v Value, name *Str, val Value) int {
	typ := TypeOf(v)
	descr := typ.Lookup(name)
	if !descr.IsNull() {
		if dt := TypeOf(descr); dt.DescrSet != nil {
			return dt.DescrSet(t, descr, v, val)
		}
	}
	a := attrsOf(v)
	if a == nil || typ.Flags&FlagNoDict != 0 {
		if descr.IsNull() {
			t.Raisef(AttributeErrorType, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", typ.TPName(), name.s)
		} else {
			t.Raisef(AttributeErrorType, "'%s' object attribute '%s' is read-only", typ.TPName(), name.s)
		}
		return -1
	}
	if val.IsNull() {
		if a.del(t, name) {
			return 0
		}
		if t.Exc == nil {
			t.Raisef(AttributeErrorType, "'%s' object has no attribute '%s'", typ.Name, name.s)
		}
		return -1
	}
	if name.s == "__dict__" && descr.IsNull() {
		d, ok := AsDict(val)
		if !ok {
			t.Raisef(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", TypeOf(val).Name)
			return -1
		}
		a.toDict()
		a.dict = d
		return 0
	}
	a.set(t, typ, name, val)
	return 0
}

// lookupPy finds a dunder defined in Python (in a class's dict) along the
// MRO; NULL when the nearest definition is builtin or there is none.
func lookupPy(typ *Type, name *Str) Value {
	if typ.Flags&FlagHeapType != 0 && typ.Version != 0 {
		if v, heap := typ.cachedLookup(name); heap {
			return v
		}
		return Null
	}
	for _, m := range typ.MRO {
		if v := m.Dict.getStr(name); !v.IsNull() {
			if m.IsHeapType() {
				return v
			}
			return Null
		}
	}
	return Null
}

// callPy calls a class attribute found by lookupPy with self first.
func callPy(t *Thread, attr, self Value, args ...Value) Value {
	if f, ok := AsFunction(attr); ok {
		if simpleCall(f, len(args)+1) {
			buf := t.argBuf[:len(args)+1]
			buf[0] = self
			copy(buf[1:], args)
			r := t.Eval.CallFunction(f, buf, nil)
			clear(buf)
			return r
		}
		full := append([]Value{self}, args...)
		return t.Eval.CallFunction(f, full, nil)
	}
	if dt := TypeOf(attr); dt.DescrGet != nil {
		bound := dt.DescrGet(t, attr, self, TypeOf(self))
		if bound.IsNull() {
			return Null
		}
		return Call(t, bound, args, nil)
	}
	return Call(t, attr, append([]Value{self}, args...), nil)
}

// CallArgs calls callable with positional arguments.
func CallArgs(t *Thread, callable Value, args ...Value) Value {
	return Call(t, callable, args, nil)
}

// NewClass makes a class (type(name, bases, dict)).
func NewClass(t *Thread, meta *Type, name string, baseVals []Value, ns *Dict) *Type {
	bases := make([]*Type, 0, len(baseVals))
	for _, b := range baseVals {
		bt := AsType(b)
		if bt == nil {
			t.Raisef(TypeErrorType, "bases must be types")
			return nil
		}
		if bt.Flags&FlagBaseType == 0 {
			t.Raisef(TypeErrorType, "type '%s' is not an acceptable base type", bt.Name)
			return nil
		}
		bases = append(bases, bt)
	}
	for i, b := range bases {
		for _, b2 := range bases[:i] {
			if b == b2 {
				t.Raisef(TypeErrorType, "duplicate base class %s", b.Name)
				return nil
			}
		}
	}
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	typ := &Type{Header: Header{meta}, Name: name, QualName: name, Flags: FlagHeapType | FlagBaseType}
	typ.Bases = bases
	typ.Base = bases[0]
	typ.layout = bases[0].layout
	for _, b := range bases[1:] {
		if b.layout != ObjectType && b.layout != typ.layout {
			if typ.layout == ObjectType {
				typ.layout = b.layout
			} else {
				t.RaiseMsg(TypeErrorType, "multiple bases have instance lay-out conflict")
				return nil
			}
		}
	}
	if typ.MRO = c3(t, typ, bases); typ.MRO == nil {
		return nil
	}
	typ.Dict = NewDict()
	var failed bool
	ns.Items(func(k, v Value) bool {
		failed = typ.Dict.SetItem(t, k, v) < 0
		return !failed
	})
	if failed {
		return nil
	}
	if typ.Dict.getStr(strModuleName).IsNull() {
		// type(name, bases, dict): the calling code's module.
		if g, ok := t.Eval.(interface{ CurrentGlobals() *Dict }); ok {
			if d := g.CurrentGlobals(); d != nil {
				if n := d.getStr(strName); !n.IsNull() {
					typ.Dict.SetStr(strModuleName, n)
				}
			}
		}
	}
	if m := typ.Dict.getStr(strModuleName); !m.IsNull() {
		if s, ok := AsStr(m); ok {
			typ.Module = s.s
		}
	}
	if q := typ.Dict.getStr(strQualname); !q.IsNull() {
		if s, ok := AsStr(q); ok {
			typ.QualName = s.s
		}
		typ.Dict.DelItem(t, strQualname.Value())
	}
	if c := typ.Dict.getStr(strClassCellName); !c.IsNull() {
		// The body's __class__ cell: filled with the class, not kept.
		if TypeOf(c) != CellType {
			t.Raisef(TypeErrorType, "__classcell__ must be a nonlocal cell, not %s", TypeOf(c).FullName())
			return nil
		}
		AsCell(c).Ref = typ.Value()
		typ.Dict.DelItem(t, strClassCellName.Value())
	}
	setPropertyNames(typ)
	if nw := typ.Dict.getStr(strNew); !nw.IsNull() {
		if _, ok := AsFunction(nw); ok {
			typ.Dict.SetStr(strNew, fromHeap(&wrapper{Header{StaticMethodType}, nw}))
		}
	}
	// __init_subclass__ and __class_getitem__ are implicitly class methods.
	for _, n := range []*Str{strInitSubclass, strClassGetitem} {
		if f := typ.Dict.getStr(n); !f.IsNull() {
			if _, ok := AsFunction(f); ok {
				typ.Dict.SetStr(n, fromHeap(&wrapper{Header{ClassMethodType}, f}))
			}
		}
	}
	if !setupSlots(t, typ) {
		return nil
	}
	addDictDescriptors(typ, bases)
	if typ.Dict.getStr(strDoc).IsNull() {
		typ.Dict.SetStr(strDoc, None)
	}
	if !typ.Dict.getStr(strEq).IsNull() && typ.Dict.getStr(strHash).IsNull() {
		typ.Dict.SetStr(strHash, None)
	}
	typ.shape = &Shape{}
	if typ.layout == ObjectType {
		typ.attrsOffset = attrsOffsetOf(func(i *Instance) *Attrs { return &i.attrs })
	} else {
		typ.attrsOffset = typ.layout.attrsOffset
	}
	typ.Version = t.Interp.newTypeVersion()
	inheritSlots(typ, typ.Base)
	for _, m := range typ.MRO[1:] {
		if m.IsHeapType() {
			m.subclasses = append(m.subclasses, typ)
		}
	}
	for _, b := range typ.Bases {
		if !b.IsHeapType() {
			in := t.Interp
			if in.builtinSubclasses == nil {
				in.builtinSubclasses = map[*Type][]*Type{}
			}
			in.builtinSubclasses[b] = append(in.builtinSubclasses[b], typ)
		}
	}
	if typ.layout == ObjectType {
		typ.New = instanceNew
	}
	for _, d := range slotDunders {
		updateSlot(typ, d)
	}
	setupSubclassLayout(typ)
	if setNames(t, typ) < 0 {
		return nil
	}
	return typ
}

// setNames calls __set_name__(cls, name) on the class attributes that
// define it.
func setNames(t *Thread, typ *Type) int {
	type pair struct{ k, v Value }
	var todo []pair
	typ.Dict.Items(func(k, v Value) bool {
		if !TypeOf(v).Lookup(strSetName).IsNull() {
			todo = append(todo, pair{k, v})
		}
		return true
	})
	for _, p := range todo {
		m := TypeOf(p.v).Lookup(strSetName)
		if callPy(t, m, p.v, typ.Value(), p.k).IsNull() {
			if e := t.Exc; e != nil {
				// CPython 3.12+ notes where the error came from.
				t.Exc = nil
				name, _ := AsStr(p.k)
				note := fmt.Sprintf("Error calling __set_name__ on '%s' instance %s in '%s'", TypeOf(p.v).Name, StrRepr(name.s), typ.Name)
				if add := GetAttr(t, e.Value(), NewStr("add_note")); !add.IsNull() {
					CallArgs(t, add, NewStr(note).Value())
				}
				t.Exc = e
			}
			return -1
		}
	}
	return 0
}

// initSubclass calls super(cls, cls).__init_subclass__(**kwds).
func initSubclass(t *Thread, typ *Type, kwvals []Value, kwnames *Tuple) int {
	for _, m := range typ.MRO[1:] {
		attr := m.Dict.getStr(strInitSubclass)
		if attr.IsNull() {
			continue
		}
		if dt := TypeOf(attr); dt.DescrGet != nil {
			attr = dt.DescrGet(t, attr, Null, typ)
			if attr.IsNull() {
				return -1
			}
		}
		if Call(t, attr, kwvals, kwnames).IsNull() {
			return -1
		}
		return 0
	}
	return 0
}

// directSubclasses is type.__subclasses__().
func directSubclasses(t *Thread, typ *Type) []*Type {
	if !typ.IsHeapType() {
		var out []*Type
		for _, b := range builtinTypes {
			if b.Base == typ && b.Flags&FlagHeapType == 0 {
				out = append(out, b)
			}
		}
		return append(out, t.Interp.builtinSubclasses[typ]...)
	}
	var out []*Type
	for _, s := range typ.subclasses {
		for _, b := range s.Bases {
			if b == typ {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

func instanceNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
	if len(args) > 0 && lookupPy(typ, strInit).IsNull() {
		return t.Raisef(TypeErrorType, "%s() takes no arguments", typ.Name)
	}
	if typ.Flags&FlagAbstract != 0 {
		return raiseAbstract(t, typ)
	}
	return fromHeap(&Instance{Header: Header{typ}})
}

// The dunders that have slots (binary operators and comparisons are
// dispatched by abstract.go, which looks them up directly).
var slotDunders = []string{"__repr__", "__str__", "__hash__", "__eq__", "__bool__", "__len__", "__call__",
	"__iter__", "__next__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__init__",
	"__get__", "__set__", "__delete__", "__getattr__", "__getattribute__", "__setattr__", "__delattr__", "__new__"}

// updateSlot refreshes the slot of dunder name on a class after its
// definition or an assignment.
func updateSlot(typ *Type, name string) {
	if !typ.IsHeapType() {
		return
	}
	n := NewStr(name)
	defined := !lookupPy(typ, n).IsNull()
	base := typ.Base
	switch name {
	case "__repr__":
		typ.Repr = base.Repr
		if defined {
			typ.Repr = func(t *Thread, v Value) Value { return callStrDunder(t, v, n) }
		}
	case "__str__":
		typ.Str = base.Str
		if defined {
			typ.Str = func(t *Thread, v Value) Value { return callStrDunder(t, v, n) }
		}
	case "__hash__", "__eq__":
		typ.Hash = base.Hash
		h := typ.Lookup(strHash)
		if h == None {
			typ.Hash = unhashable
		} else if !lookupPy(typ, strHash).IsNull() {
			typ.Hash = func(t *Thread, v Value) (int64, bool) {
				r := callPy(t, lookupPy(TypeOf(v), strHash), v)
				if r.IsNull() {
					return 0, false
				}
				i, ok := AsInt64(r)
				if !ok && IsInt(r) {
					i, ok = Hash(t, r) // a big int: its own hash, as CPython
				}
				if !ok {
					t.RaiseMsg(TypeErrorType, "__hash__ method should return an integer")
					return 0, false
				}
				if i == -1 {
					i = -2
				}
				return i, true
			}
		} else if !typ.Dict.getStr(strEq).IsNull() && typ.Dict.getStr(strHash).IsNull() {
			typ.Hash = unhashable
		}
	case "__bool__":
		typ.Bool = base.Bool
		if defined {
			typ.Bool = func(t *Thread, v Value) int {
				r := callPy(t, lookupPy(TypeOf(v), n), v)
				if r.IsNull() {
					return -1
				}
				if TypeOf(r) != BoolType {
					t.Raisef(TypeErrorType, "__bool__ should return bool, returned %s", TypeOf(r).Name)
					return -1
				}
				if r == True {
					return 1
				}
				return 0
			}
		}
	case "__len__":
		typ.Len = base.Len
		if defined {
			typ.Len = func(t *Thread, v Value) int {
				r := callPy(t, lookupPy(TypeOf(v), n), v)
				if r.IsNull() {
					return -1
				}
				r, ok := IndexValue(t, r)
				if !ok {
					return -1
				}
				i, ok := AsInt64(r)
				if !ok {
					if _, b, _ := intParts(r); b != nil && b.Sign() < 0 {
						t.RaiseMsg(ValueErrorType, "__len__() should return >= 0")
					} else {
						t.Raisef(OverflowErrorType, "cannot fit '%s' into an index-sized integer", TypeOf(r).Name)
					}
					return -1
				}
				if i < 0 {
					t.RaiseMsg(ValueErrorType, "__len__() should return >= 0")
					return -1
				}
				return int(i)
			}
		}
	case "__call__":
		typ.Call = base.Call
		if defined {
			typ.Call = func(t *Thread, v Value, args []Value, kwnames *Tuple) Value {
				attr := lookupPy(TypeOf(v), n)
				if f, ok := AsFunction(attr); ok {
					if kwnames == nil && simpleCall(f, len(args)+1) {
						return callPy(t, attr, v, args...)
					}
					return t.Eval.CallFunction(f, append([]Value{v}, args...), kwnames)
				}
				return Call(t, NewMethod(attr, v), args, kwnames)
			}
		}
	case "__iter__":
		typ.Iter = base.Iter
		if typ.Lookup(n) == None { // __iter__ = None: not iterable
			typ.Iter = func(t *Thread, v Value) Value {
				return t.Raisef(TypeErrorType, "'%s' object is not iterable", TypeOf(v).Name)
			}
		} else if defined {
			typ.Iter = func(t *Thread, v Value) Value { return callPy(t, lookupPy(TypeOf(v), n), v) }
		}
	case "__next__":
		typ.Next = base.Next
		if defined {
			typ.Next = func(t *Thread, v Value) Value {
				r := callPy(t, lookupPy(TypeOf(v), n), v)
				if r.IsNull() && t.ExceptionMatches(StopIterationType) {
					t.Clear()
				}
				return r
			}
		}
	case "__getitem__":
		typ.GetItem = base.GetItem
		if defined {
			typ.GetItem = func(t *Thread, v, key Value) Value { return callPy(t, lookupPy(TypeOf(v), n), v, key) }
		}
	case "__setitem__", "__delitem__":
		typ.SetItem = base.SetItem
		set, del := NewStr("__setitem__"), NewStr("__delitem__")
		if !lookupPy(typ, set).IsNull() || !lookupPy(typ, del).IsNull() {
			typ.SetItem = func(t *Thread, v, key, val Value) int {
				var r Value
				if val.IsNull() {
					m := lookupPy(TypeOf(v), del)
					if m.IsNull() {
						t.Raisef(AttributeErrorType, "__delitem__")
						return -1
					}
					r = callPy(t, m, v, key)
				} else {
					m := lookupPy(TypeOf(v), set)
					if m.IsNull() {
						t.Raisef(TypeErrorType, "'%s' object does not support item assignment", TypeOf(v).Name)
						return -1
					}
					r = callPy(t, m, v, key, val)
				}
				if r.IsNull() {
					return -1
				}
				return 0
			}
		}
	case "__contains__":
		typ.Contains = base.Contains
		if defined {
			typ.Contains = func(t *Thread, c, v Value) int {
				m := lookupPy(TypeOf(c), n)
				if m == None {
					// __contains__ = None blocks the protocol (CPython's slot_sq_contains).
					t.Raisef(TypeErrorType, "'%s' object is not a container", TypeOf(c).Name)
					return -1
				}
				r := callPy(t, m, c, v)
				if r.IsNull() {
					return -1
				}
				return Truth(t, r)
			}
		}
	case "__init__":
		typ.Init = base.Init
		if defined {
			typ.Init = func(t *Thread, self Value, args []Value, kwnames *Tuple) int {
				attr := lookupPy(TypeOf(self), n)
				var r Value
				if f, ok := AsFunction(attr); ok && kwnames == nil && simpleCall(f, len(args)+1) {
					r = callPy(t, attr, self, args...)
				} else if ok {
					full := make([]Value, len(args)+1)
					full[0] = self
					copy(full[1:], args)
					r = t.Eval.CallFunction(f, full, kwnames)
				} else {
					r = Call(t, NewMethod(attr, self), args, kwnames)
				}
				if r.IsNull() {
					return -1
				}
				if r != None {
					t.Raisef(TypeErrorType, "__init__() should return None, not '%s'", TypeOf(r).Name)
					return -1
				}
				return 0
			}
		}
	case "__get__":
		typ.DescrGet = base.DescrGet
		if defined {
			typ.DescrGet = func(t *Thread, descr, obj Value, owner *Type) Value {
				o := obj
				if o.IsNull() {
					o = None
				}
				ov := None
				if owner != nil {
					ov = owner.Value()
				}
				return callPy(t, lookupPy(TypeOf(descr), n), descr, o, ov)
			}
		}
	case "__set__", "__delete__":
		typ.DescrSet = base.DescrSet
		set, del := NewStr("__set__"), NewStr("__delete__")
		if !lookupPy(typ, set).IsNull() || !lookupPy(typ, del).IsNull() {
			typ.DescrSet = func(t *Thread, descr, obj, val Value) int {
				var r Value
				if val.IsNull() {
					m := lookupPy(TypeOf(descr), del)
					if m.IsNull() {
						t.RaiseMsg(AttributeErrorType, "__delete__")
						return -1
					}
					r = callPy(t, m, descr, obj)
				} else {
					m := lookupPy(TypeOf(descr), set)
					if m.IsNull() {
						t.RaiseMsg(AttributeErrorType, "__set__")
						return -1
					}
					r = callPy(t, m, descr, obj, val)
				}
				if r.IsNull() {
					return -1
				}
				return 0
			}
		}
	case "__getattr__":
		// GenericGetAttr consults __getattr__ itself.
	case "__getattribute__":
		typ.GetAttr = base.GetAttr
		if defined {
			typ.Flags |= FlagCustomAttrs
			typ.GetAttr = func(t *Thread, v Value, name *Str) Value {
				r := callPy(t, lookupPy(TypeOf(v), n), v, name.Value())
				if r.IsNull() && t.ExceptionMatches(AttributeErrorType) {
					if ga := lookupPy(TypeOf(v), strGetattr); !ga.IsNull() {
						t.Clear()
						return callPy(t, ga, v, name.Value())
					}
				}
				return r
			}
		}
	case "__setattr__", "__delattr__":
		typ.SetAttr = base.SetAttr
		set, del := NewStr("__setattr__"), NewStr("__delattr__")
		if !lookupPy(typ, set).IsNull() || !lookupPy(typ, del).IsNull() {
			typ.Flags |= FlagCustomAttrs
			typ.SetAttr = func(t *Thread, v Value, name *Str, val Value) int {
				var r Value
				if val.IsNull() {
					m := lookupPy(TypeOf(v), del)
					if m.IsNull() {
						return GenericSetAttr(t, v, name, val)
					}
					r = callPy(t, m, v, name.Value())
				} else {
					m := lookupPy(TypeOf(v), set)
					if m.IsNull() {
						return GenericSetAttr(t, v, name, val)
					}
					r = callPy(t, m, v, name.Value(), val)
				}
				if r.IsNull() {
					return -1
				}
				return 0
			}
		}
	case "__new__":
		if defined {
			typ.New = func(t *Thread, sub *Type, args []Value, kwnames *Tuple) Value {
				m := lookupPy(sub, n)
				if dt := TypeOf(m); dt == StaticMethodType {
					m = as[wrapper](m).fn
				}
				full := append([]Value{sub.Value()}, args...)
				return Call(t, m, full, kwnames)
			}
		}
	}
}

func callStrDunder(t *Thread, v Value, name *Str) Value {
	r := callPy(t, lookupPy(TypeOf(v), name), v)
	if r.IsNull() {
		return Null
	}
	if _, ok := AsStr(r); !ok {
		return t.Raisef(TypeErrorType, "%s returned non-string (type %s)", name.s, TypeOf(r).Name)
	}
	return r
}

// Pre-built names (immutable, shareable).
var (
	strModuleName    = NewStr("__module__")
	strQualname      = NewStr("__qualname__")
	strInit          = NewStr("__init__")
	strHash          = NewStr("__hash__")
	strEq            = NewStr("__eq__")
	strGetattr       = NewStr("__getattr__")
	strName          = NewStr("__name__")
	strNew           = NewStr("__new__")
	strInitSubclass  = NewStr("__init_subclass__")
	strClassGetitem  = NewStr("__class_getitem__")
	strSetName       = NewStr("__set_name__")
	strSlots         = NewStr("__slots__")
	strClassCellName = NewStr("__classcell__")
)

func objectRepr(t *Thread, v Value) Value {
	typ := TypeOf(v)
	return NewStr(fmt.Sprintf("<%s object at %#x>", typ.FullName(), uintptr(v.p))).Value()
}

func objectStr(t *Thread, v Value) Value { return ReprValue(t, v) }

func objectHash(t *Thread, v Value) (int64, bool) {
	p := uintptr(v.p)
	return int64(p>>4 | p<<(64-4)), true
}

func objectCompare(t *Thread, a, b Value, op int) Value {
	switch op {
	case cmpEQ:
		if a == b {
			return True
		}
	case cmpNE:
		r := RichCompareSlot(t, a, b, cmpEQ)
		if r.IsNull() || r == NotImplemented {
			return r
		}
		tr := Truth(t, r)
		if tr < 0 {
			return Null
		}
		return Bool(tr == 0)
	}
	return NotImplemented
}

func objectNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
	if len(args) > 0 {
		return t.Raisef(TypeErrorType, "%s() takes no arguments", typ.Name)
	}
	if typ == ObjectType {
		return fromHeap(&Instance{Header: Header{typ}})
	}
	return instanceNew(t, typ, args, kwnames)
}

func objectInit(t *Thread, self Value, args []Value, kwnames *Tuple) int {
	return objectInitArgs(t, self, args)
}

func unhashable(t *Thread, v Value) (int64, bool) {
	t.Raisef(TypeErrorType, "unhashable type: '%s'", TypeOf(v).Name)
	return 0, false
}

// setupSlots handles __slots__: a member descriptor per name, and no
// __dict__ for the instances unless a base has one or '__dict__' is listed.
func setupSlots(t *Thread, typ *Type) bool {
	slots := typ.Dict.getStr(strSlots)
	// Bases whose __slots__ members come from unrelated classes cannot be
	// combined (CPython's "instance lay-out conflict").
	var owner *Type
	for _, b := range typ.Bases {
		sb := slotOwner(b)
		if sb == nil {
			continue
		}
		if owner != nil && !owner.IsSubtype(sb) && !sb.IsSubtype(owner) {
			t.RaiseMsg(TypeErrorType, "multiple bases have instance lay-out conflict")
			return false
		}
		if owner == nil || sb.IsSubtype(owner) {
			owner = sb
		}
	}
	if owner != nil {
		typ.nMembers = owner.nMembers
	}
	baseNoDict := true
	for _, b := range typ.Bases {
		if b.Flags&FlagNoDict == 0 && b.attrsOffset != 0 {
			baseNoDict = false
		}
	}
	if slots.IsNull() {
		return true
	}
	var names []Value
	if s, ok := AsStr(slots); ok {
		names = []Value{s.Value()}
	} else {
		items, ok := CollectItems(t, slots)
		if !ok {
			return false
		}
		names = items
	}
	if len(names) > 0 {
		switch typ.layout {
		case IntType, BytesType, TupleType, TypeType:
			// CPython's variable-size instances (tp_itemsize != 0).
			t.Raisef(TypeErrorType, "nonempty __slots__ not supported for subtype of '%s'", typ.Base.Name)
			return false
		}
	}
	hasDict := false
	var members []*Str
	for _, n := range names {
		s, ok := AsStr(n)
		if !ok {
			t.Raisef(TypeErrorType, "__slots__ items must be strings, not '%s'", TypeOf(n).Name)
			return false
		}
		if !isIdentifier(s.s) {
			t.RaiseMsg(TypeErrorType, "__slots__ must be identifiers")
			return false
		}
		switch s.s {
		case "__dict__":
			if hasDict || !baseNoDict {
				t.RaiseMsg(TypeErrorType, "__dict__ slot disallowed: we already got one")
				return false
			}
			hasDict = true
			continue
		case "__weakref__":
			continue
		}
		name := NewStr(mangleName(typ.Name, s.s))
		if !typ.Dict.getStr(name).IsNull() {
			t.Raisef(ValueErrorType, "'%s' in __slots__ conflicts with class variable", s.s)
			return false
		}
		members = append(members, name)
	}
	for _, m := range members {
		typ.Dict.SetStr(m, fromHeap(&memberDescr{Header{MemberDescrType}, m, typ, typ.nMembers}))
		typ.nMembers++
	}
	if baseNoDict && !hasDict {
		typ.Flags |= FlagNoDict
	}
	return true
}

// mangleName is private-name mangling (__x inside class C: _C__x).
func mangleName(class, name string) string {
	if len(name) < 3 || name[:2] != "__" || name[len(name)-2:] == "__" {
		return name
	}
	i := 0
	for i < len(class) && class[i] == '_' {
		i++
	}
	if i == len(class) {
		return name
	}
	return "_" + class[i:] + name
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 {
			continue
		}
		if i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return true
}

// InstanceDictType is the type of a class's `__dict__` and `__weakref__`
// attributes (CPython's getset_descriptor for them).
var InstanceDictType = &Type{Name: "getset_descriptor"}

type instanceDictDescr struct {
	Header
	name  string
	owner *Type
}

// addDictDescriptors puts __dict__ and __weakref__ descriptors into a new
// class's dict when its instances get a __dict__ no base gave them.
func addDictDescriptors(typ *Type, bases []*Type) {
	if typ.Flags&FlagNoDict != 0 {
		return
	}
	for _, b := range bases {
		if b.attrsOffset != 0 && b.Flags&FlagNoDict == 0 {
			return
		}
	}
	for _, n := range []string{"__dict__", "__weakref__"} {
		if typ.Dict.getStr(NewStr(n)).IsNull() {
			typ.Dict.SetStr(NewStr(n), fromHeap(&instanceDictDescr{Header{InstanceDictType}, n, typ}))
		}
	}
}

func initInstanceDictDescr() {
	setupBuiltinType(InstanceDictType, ObjectType, 0)
	typ := InstanceDictType
	typ.New, typ.Init = nil, nil
	typ.GetAttr = func(t *Thread, v Value, name *Str) Value {
		d := as[instanceDictDescr](v)
		if r := descrNameAttr(name, d.name, d.owner); !r.IsNull() {
			return r
		}
		return GenericGetAttr(t, v, name)
	}
	addAttrGetters(typ, "__name__", "__qualname__", "__objclass__")
	typ.Repr = func(t *Thread, v Value) Value {
		d := as[instanceDictDescr](v)
		return NewStr("<attribute '" + d.name + "' of '" + d.owner.Name + "' objects>").Value()
	}
	typ.DescrGet = func(t *Thread, descr, obj Value, owner *Type) Value {
		if obj.IsNull() {
			return descr
		}
		d := as[instanceDictDescr](descr)
		if d.name == "__class__" {
			return TypeOf(obj).Value()
		}
		if !TypeOf(obj).IsSubtype(d.owner) {
			return t.Raisef(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name, d.owner.Name, TypeOf(obj).Name)
		}
		if d.name == "__weakref__" {
			return None
		}
		a := attrsOf(obj)
		if a == nil {
			return raiseAttrError(t, obj, NewStr(d.name))
		}
		return a.toDict().Value()
	}
	typ.DescrSet = func(t *Thread, descr, obj, val Value) int {
		d := as[instanceDictDescr](descr)
		if d.name == "__class__" {
			return setClass(t, obj, val)
		}
		a := attrsOf(obj)
		if d.name == "__weakref__" || a == nil {
			t.Raisef(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", d.name, d.owner.Name)
			return -1
		}
		if val.IsNull() {
			t.RaiseMsg(TypeErrorType, "cannot delete __dict__")
			return -1
		}
		nd, ok := AsDict(val)
		if !ok {
			t.Raisef(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", TypeOf(val).Name)
			return -1
		}
		a.toDict()
		a.dict = nd
		return 0
	}
}

// setClass is obj.__class__ = val: between classes of the same layout.
func setClass(t *Thread, obj, val Value) int {
	if val.IsNull() {
		t.RaiseMsg(TypeErrorType, "can't delete __class__ attribute")
		return -1
	}
	nt := AsType(val)
	if nt == nil {
		t.Raisef(TypeErrorType, "__class__ must be set to a class, not '%s' object", TypeOf(val).Name)
		return -1
	}
	ot := TypeOf(obj)
	if !ot.IsHeapType() || !nt.IsHeapType() || !obj.IsHeap() {
		t.RaiseMsg(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
		return -1
	}
	if ot.layout != nt.layout || ot.attrsOffset != nt.attrsOffset || ot.nMembers != nt.nMembers || ot.Flags&FlagNoDict != nt.Flags&FlagNoDict {
		t.Raisef(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", nt.Name, ot.Name)
		return -1
	}
	if a := attrsOf(obj); a != nil {
		a.toDict() // shapes belong to the old class
	}
	obj.header().typ = nt
	return 0
}

// simpleCall reports whether f takes exactly n positional arguments and
// nothing else, so that a call may pass them in Thread.argBuf without
// allocating (the VM copies them into the frame first thing).
func simpleCall(f *Function, n int) bool {
	c := f.Code
	return n <= 4 && c.ArgCount == n && c.KwOnlyArgCount == 0 && c.Flags&(CodeVarargs|CodeVarkw|CodeGenerator) == 0
}

// raiseAbstract is object's refusal to instantiate a class whose
// __abstractmethods__ is not empty.
func raiseAbstract(t *Thread, typ *Type) Value {
	items, ok := CollectItems(t, typ.Dict.getStr(NewStr("__abstractmethods__")))
	if !ok {
		return Null
	}
	names := make([]string, 0, len(items))
	for _, it := range items {
		if s, ok := AsStr(it); ok {
			names = append(names, "'"+s.s+"'")
		}
	}
	slices.Sort(names)
	what := "method"
	if len(names) > 1 {
		what = "methods"
	}
	return t.Raisef(TypeErrorType, "Can't instantiate abstract class %s without an implementation for abstract %s %s", typ.Name, what, strings.Join(names, ", "))
}

// slotOwner is the most derived class in typ's MRO that added __slots__
// members (nil: none).
func slotOwner(typ *Type) *Type {
	for _, m := range typ.MRO {
		if m.nMembers == 0 {
			return nil
		}
		if m.Base == nil || m.Base.nMembers < m.nMembers {
			return m
		}
	}
	return nil
}
