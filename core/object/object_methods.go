package object

// initObjectMethods puts object's slot wrappers into its dict, so Python
// code can call them explicitly: super().__init__(), object.__setattr__
// (self, name, v), object.__new__(cls), super().__repr__()...
func initObjectMethods() {
	m := ObjectType.addMethod
	ObjectType.Dict.setStrInit("__init__", fromHeap(&slotWrapper{Header{SlotWrapperType}, "__init__", ObjectType,
		func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if objectInitArgs(t, self, args) < 0 {
				return Null
			}
			return None
		}}))
	attrName := func(t *Thread, v Value) (*Str, bool) {
		s, ok := AsStr(v)
		if !ok {
			t.Raisef(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(v).Name)
		}
		return s, ok
	}
	m("__getattribute__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.RaiseMsg(TypeErrorType, "expected 1 argument")
		}
		name, ok := attrName(t, args[0])
		if !ok {
			return Null
		}
		return ObjectGetAttribute(t, self, name)
	})
	m("__setattr__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 2 {
			return t.RaiseMsg(TypeErrorType, "expected 2 arguments")
		}
		name, ok := attrName(t, args[0])
		if !ok || GenericSetAttr(t, self, name, args[1]) < 0 {
			return Null
		}
		return None
	})
	m("__delattr__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.RaiseMsg(TypeErrorType, "expected 1 argument")
		}
		name, ok := attrName(t, args[0])
		if !ok || GenericSetAttr(t, self, name, Null) < 0 {
			return Null
		}
		return None
	})
	ObjectType.Dict.setStrInit("__class__", fromHeap(&instanceDictDescr{Header{InstanceDictType}, "__class__", ObjectType}))
	ObjectType.Dict.setStrInit("__doc__", NewStr("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n").Value())
	m("__sizeof__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) > 0 || kwnames != nil {
			return t.Raisef(TypeErrorType, "object.__sizeof__() takes no arguments (%d given)", len(args))
		}
		return Int(16)
	})
	m("__getstate__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) > 0 || kwnames != nil {
			return t.Raisef(TypeErrorType, "object.__getstate__() takes no arguments (%d given)", len(args))
		}
		return objectGetState(t, self)
	})
	m("__dir__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) > 0 || kwnames != nil {
			return t.Raisef(TypeErrorType, "object.__dir__() takes no arguments (%d given)", len(args))
		}
		names := NewDict()
		add := func(d *Dict) {
			d.Items(func(k, _ Value) bool {
				names.SetItem(t, k, None)
				return true
			})
		}
		typ := TypeOf(self)
		if a := attrsOf(self); a != nil && typ.Flags&FlagNoDict == 0 {
			add(a.toDict())
		}
		for _, c := range typ.MRO {
			add(c.Dict)
		}
		var items []Value
		names.Items(func(k, _ Value) bool {
			items = append(items, k)
			return true
		})
		return NewList(items).Value()
	})
	m("__reduce_ex__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 || kwnames != nil {
			return t.Raisef(TypeErrorType, "object.__reduce_ex__() takes exactly one argument (%d given)", len(args))
		}
		if r := lookupPy(TypeOf(self), NewStr("__reduce__")); !r.IsNull() {
			return callPy(t, r, self)
		}
		return objectReduce(t, self)
	})
	m("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) > 0 || kwnames != nil {
			return t.Raisef(TypeErrorType, "object.__reduce__() takes no arguments (%d given)", len(args))
		}
		return objectReduce(t, self)
	})
	ObjectType.Dict.setStrInit("__subclasshook__", fromHeap(&wrapper{Header{ClassMethodType},
		NewBuiltin("__subclasshook__", Null, func(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
			if len(args) != 2 || kwnames != nil {
				return t.Raisef(TypeErrorType, "object.__subclasshook__() takes exactly one argument (%d given)", len(args)-1)
			}
			return NotImplemented
		})}))
	// object.__init_subclass__ is a class method that accepts nothing.
	ObjectType.Dict.setStrInit("__init_subclass__", fromHeap(&wrapper{Header{ClassMethodType},
		NewBuiltin("__init_subclass__", Null, func(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
			name := "object"
			if len(args) > 0 {
				if c := AsType(args[0]); c != nil {
					name = c.Name
				}
			}
			if kwnames != nil {
				return t.Raisef(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", name)
			}
			if len(args) > 1 {
				return t.Raisef(TypeErrorType, "%s.__init_subclass__() takes no arguments (%d given)", name, len(args)-1)
			}
			return None
		})}))
	// object.__new__(cls, ...) is a static method: cls is its first argument.
	ObjectType.Dict.setStrInit("__new__", fromHeap(&wrapper{Header{StaticMethodType},
		NewBuiltin("__new__", Null, func(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
			if len(args) == 0 {
				return t.RaiseMsg(TypeErrorType, "object.__new__(): not enough arguments")
			}
			cls := AsType(args[0])
			if cls == nil {
				return t.Raisef(TypeErrorType, "object.__new__(X): X is not a type object (%s)", TypeOf(args[0]).Name)
			}
			if cls.layout != ObjectType {
				return t.Raisef(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, staticBase(cls).Name)
			}
			if cls.Flags&FlagAbstract != 0 {
				return raiseAbstract(t, cls)
			}
			if len(args) > 1 {
				if newOverridden(cls) {
					return t.RaiseMsg(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
				}
				if lookupPy(cls, strInit).IsNull() {
					return t.Raisef(TypeErrorType, "%s() takes no arguments", cls.Name)
				}
			}
			return fromHeap(&Instance{Header: Header{cls}})
		})}))
}

// newOverridden reports whether typ's __new__ is not object's.
func newOverridden(typ *Type) bool {
	return typ.layout != ObjectType || !lookupPy(typ, strNew).IsNull()
}

// objectInitArgs is object.__init__'s check of extra arguments.
func objectInitArgs(t *Thread, self Value, args []Value) int {
	if len(args) == 0 {
		return 0
	}
	typ := TypeOf(self)
	if !lookupPy(typ, strInit).IsNull() {
		t.RaiseMsg(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
		return -1
	}
	if !newOverridden(typ) {
		t.Raisef(TypeErrorType, "%s.__init__() takes exactly one argument (the instance to initialize)", typ.Name)
		return -1
	}
	return 0
}

// objectGetState is object.__getstate__(): the instance's __dict__ (None
// when empty), with the __slots__ values as a second dict.
func objectGetState(t *Thread, self Value) Value {
	typ := TypeOf(self)
	a := attrsOf(self)
	state := None
	if a != nil && typ.Flags&FlagNoDict == 0 {
		if d := a.toDict(); d.Len() > 0 {
			state = d.Value()
		}
	}
	if a == nil || typ.nMembers == 0 {
		return state
	}
	slots := NewDict()
	for _, c := range typ.MRO {
		c.Dict.Items(func(k, v Value) bool {
			if v.IsHeap() && TypeOf(v) == MemberDescrType {
				d := as[memberDescr](v)
				if d.index < len(a.members) && !a.members[d.index].IsNull() {
					slots.SetItem(t, d.name.Value(), a.members[d.index])
				}
			}
			return true
		})
	}
	if slots.Len() == 0 {
		return state
	}
	return NewTuple([]Value{state, slots.Value()}).Value()
}

// newObj is copyreg.__newobj__'s job: cls.__new__(cls, *args).
var newObj = NewBuiltin("__newobj__", Null, func(t *Thread, _ Value, args []Value, kwnames *Tuple) Value {
	if len(args) == 0 || AsType(args[0]) == nil {
		return t.RaiseMsg(TypeErrorType, "__newobj__ expects a class first")
	}
	nw := GetAttr(t, args[0], strNew)
	if nw.IsNull() {
		return Null
	}
	return Call(t, nw, args, kwnames)
})

// objectReduce is object.__reduce_ex__(2)'s answer (PEP 307): how to
// make the object again (its class and, for value types, the value), its
// state, and the items of list and dict subclasses. copy uses it; pickle
// would need copyreg.__newobj__ by name.
func objectReduce(t *Thread, self Value) Value {
	typ := TypeOf(self)
	switch typ.layout {
	case ObjectType, IntType, FloatType, StrType, TupleType, BytesType, ListType, DictType:
	default:
		if !typ.IsHeapType() {
			return t.Raisef(TypeErrorType, "cannot pickle '%s' object", typ.Name)
		}
	}
	args := []Value{typ.Value()}
	switch typ.layout {
	case IntType, FloatType:
		args = append(args, exactValue(self))
	case StrType:
		args = append(args, NewStr(as[Str](self).s).Value())
	case TupleType:
		args = append(args, NewTuple(append([]Value(nil), as[Tuple](self).Items...)).Value())
	case BytesType:
		args = append(args, NewBytes(as[Bytes](self).s).Value())
	}
	state := objectGetState(t, self)
	if state.IsNull() {
		return Null
	}
	listItems, dictItems := None, None
	switch typ.layout {
	case ListType:
		if listItems = GetIter(t, self); listItems.IsNull() {
			return Null
		}
	case DictType:
		items := GetAttr(t, self, NewStr("items"))
		if items.IsNull() {
			return Null
		}
		if items = Call(t, items, nil, nil); items.IsNull() {
			return Null
		}
		if dictItems = GetIter(t, items); dictItems.IsNull() {
			return Null
		}
	}
	return NewTuple([]Value{newObj, NewTuple(args).Value(), state, listItems, dictItems}).Value()
}
