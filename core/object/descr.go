package object

// PropertyType is `property`.
var PropertyType = &Type{Name: "property"}

// StaticMethodType is `staticmethod`; ClassMethodType is `classmethod`.
var (
	StaticMethodType = &Type{Name: "staticmethod"}
	ClassMethodType  = &Type{Name: "classmethod"}
)

// Property is a property object.
type Property struct {
	Header
	Get, Set, Del Value // None when absent
	Name          string
	Doc           Value // None when absent
	getterDoc     bool  // Doc came from Get's __doc__
}

// wrapper is the layout of staticmethod and classmethod.
type wrapper struct {
	Header
	fn Value
}

func propertyName(p *Property, owner *Type) string {
	if p.Name != "" {
		return p.Name
	}
	if f, ok := AsFunction(p.Get); ok {
		return f.Name
	}
	return "?"
}

func newProperty(get, set, del Value, name string) Value {
	return fromHeap(&Property{Header{PropertyType}, get, set, del, name, None, false})
}

// propertyDoc fills p.Doc from the getter's __doc__ when doc is None.
func propertyDoc(t *Thread, p *Property, doc Value) bool {
	p.Doc, p.getterDoc = doc, false
	if doc == None && p.Get != None {
		d := GetAttr(t, p.Get, strDoc)
		if d.IsNull() {
			if !t.ExceptionMatches(AttributeErrorType) {
				return false
			}
			t.Clear()
			return true
		}
		p.Doc, p.getterDoc = d, true
	}
	return true
}

func initDescr() {
	setupBuiltinType(PropertyType, ObjectType, FlagBaseType)
	PropertyType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		pos := args[:len(args)-kwnames.Len()]
		if len(pos) > 4 {
			return t.Raisef(TypeErrorType, "property() takes at most 4 arguments (%d given)", len(args))
		}
		vals := [4]Value{None, None, None, None}
		copy(vals[:], pos)
		for i := 0; i < kwnames.Len(); i++ {
			k, _ := AsStr(kwnames.Items[i])
			j := -1
			switch k.s {
			case "fget":
				j = 0
			case "fset":
				j = 1
			case "fdel":
				j = 2
			case "doc":
				j = 3
			default:
				return t.Raisef(TypeErrorType, "property() got an unexpected keyword argument '%s'", k.s)
			}
			if j < len(pos) {
				return t.Raisef(TypeErrorType, "argument for property() given by name ('%s') and position (%d)", k.s, j+1)
			}
			vals[j] = args[len(pos)+i]
		}
		v := newProperty(vals[0], vals[1], vals[2], "")
		p := as[Property](v)
		p.Header.typ = typ
		if !propertyDoc(t, p, vals[3]) {
			return Null
		}
		return v
	}
	PropertyType.GetAttr = func(t *Thread, v Value, name *Str) Value {
		p := as[Property](v)
		switch name.s {
		case "fget":
			return p.Get
		case "fset":
			return p.Set
		case "fdel":
			return p.Del
		case "__doc__":
			return p.Doc
		case "__name__":
			if p.Name != "" {
				return NewStr(p.Name).Value()
			}
			if p.Get != None {
				return GetAttr(t, p.Get, strName)
			}
			return t.RaiseMsg(AttributeErrorType, "'property' object has no attribute '__name__'")
		case "__isabstractmethod__":
			for _, f := range []Value{p.Get, p.Set, p.Del} {
				if f == None {
					continue
				}
				r := GetAttr(t, f, name)
				if r.IsNull() {
					t.Clear()
					continue
				}
				if Truth(t, r) == 1 {
					return True
				}
			}
			return False
		}
		return GenericGetAttr(t, v, name)
	}
	PropertyType.Init = nil
	PropertyType.DescrGet = func(t *Thread, descr, obj Value, typ *Type) Value {
		p := as[Property](descr)
		if obj.IsNull() {
			return descr
		}
		if p.Get == None {
			return t.Raisef(AttributeErrorType, "property '%s' of '%s' object has no getter", propertyName(p, typ), TypeOf(obj).Name)
		}
		if f, ok := AsFunction(p.Get); ok && simpleCall(f, 1) {
			return callPy(t, p.Get, obj)
		}
		return Call(t, p.Get, []Value{obj}, nil)
	}
	PropertyType.DescrSet = func(t *Thread, descr, obj, val Value) int {
		p := as[Property](descr)
		fn, what := p.Set, "setter"
		args := []Value{obj, val}
		if val.IsNull() {
			fn, what, args = p.Del, "deleter", []Value{obj}
		}
		if fn == None {
			t.Raisef(AttributeErrorType, "property '%s' of '%s' object has no %s", propertyName(p, TypeOf(obj)), TypeOf(obj).Name, what)
			return -1
		}
		if Call(t, fn, args, nil).IsNull() {
			return -1
		}
		return 0
	}
	// For dir() and property.fget & co. (PropertyType.GetAttr answers first).
	for _, n := range []string{"fget", "fset", "fdel", "__isabstractmethod__", "__name__"} {
		name := NewStr(n)
		PropertyType.AddGetter(n, func(t *Thread, v Value) Value { return PropertyType.GetAttr(t, v, name) })
	}
	PropertyType.addMethod("__set_name__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 2 || kwnames != nil {
			return t.Raisef(TypeErrorType, "__set_name__() takes 2 positional arguments but %d were given", len(args))
		}
		if s, ok := AsStr(args[1]); ok {
			as[Property](self).Name = s.s
		}
		return None
	})
	for i, name := range []string{"getter", "setter", "deleter"} {
		PropertyType.addMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if len(args) != 1 {
				return t.Raisef(TypeErrorType, "%s() takes exactly one argument", name)
			}
			p := as[Property](self)
			vals := [3]Value{p.Get, p.Set, p.Del}
			vals[i] = args[0]
			r := newProperty(vals[0], vals[1], vals[2], p.Name)
			np := as[Property](r)
			np.Header.typ = TypeOf(self)
			np.Doc = p.Doc
			if p.getterDoc || p.Doc == None {
				if !propertyDoc(t, np, None) {
					return Null
				}
			}
			return r
		})
	}
	for _, typ := range []*Type{StaticMethodType, ClassMethodType} {
		setupBuiltinType(typ, ObjectType, FlagBaseType)
		typ.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
			if len(args) != 1 || kwnames != nil {
				return t.Raisef(TypeErrorType, "%s expected 1 argument, got %d", typ.Name, len(args))
			}
			return fromHeap(&wrapper{Header{typ}, args[0]})
		}
		typ.Init = nil
		typ.GetAttr = func(t *Thread, v Value, name *Str) Value {
			switch fn := as[wrapper](v).fn; name.s {
			case "__func__", "__wrapped__":
				return fn
			case "__isabstractmethod__":
				r := GetAttr(t, fn, name)
				if r.IsNull() {
					t.Clear()
					return False
				}
				return Bool(Truth(t, r) == 1)
			case "__name__", "__qualname__", "__doc__", "__module__":
				// Copied from the function as functools.wraps would.
				return GetAttr(t, fn, name)
			}
			return GenericGetAttr(t, v, name)
		}
	}
	StaticMethodType.DescrGet = func(t *Thread, descr, obj Value, typ *Type) Value { return as[wrapper](descr).fn }
	StaticMethodType.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) Value {
		return Call(t, as[wrapper](callable).fn, args, kwnames)
	}
	ClassMethodType.DescrGet = func(t *Thread, descr, obj Value, typ *Type) Value {
		if typ == nil {
			typ = TypeOf(obj)
		}
		fn := as[wrapper](descr).fn
		if b, ok := AsBuiltin(fn); ok {
			// A builtin class method (dict.fromkeys): a builtin bound to
			// the class, as CPython shows it; cls stays the first argument.
			inner := b.Fn
			self := b.Self
			return NewBuiltin(b.Name, typ.Value(), func(t *Thread, cls Value, args []Value, kwnames *Tuple) Value {
				full := make([]Value, len(args)+1)
				full[0] = cls
				copy(full[1:], args)
				return inner(t, self, full, kwnames)
			})
		}
		return NewMethod(fn, typ.Value())
	}
}

// setPropertyNames gives unnamed properties of a new class their
// attribute name (what __set_name__ does for them).
func setPropertyNames(typ *Type) {
	typ.Dict.Items(func(k, v Value) bool {
		if v.IsHeap() && TypeOf(v) == PropertyType {
			if s, ok := AsStr(k); ok {
				as[Property](v).Name = s.s // property.__set_name__
			}
		}
		return true
	})
}

// MemberDescrType is `member_descriptor`: the class attribute a name in
// __slots__ becomes. Slot values live in the instance's attribute
// storage, so the descriptor only guards access.
var MemberDescrType = &Type{Name: "member_descriptor"}

type memberDescr struct {
	Header
	name  *Str
	owner *Type
	index int // in Attrs.members
}

func memberCheck(t *Thread, d *memberDescr, obj Value) *Attrs {
	if !TypeOf(obj).IsSubtype(d.owner) {
		t.Raisef(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name.s, d.owner.Name, TypeOf(obj).Name)
		return nil
	}
	a := attrsOf(obj)
	if a == nil {
		t.Raisef(AttributeErrorType, "'%s' object has no attribute '%s'", TypeOf(obj).Name, d.name.s)
	}
	return a
}

func initMemberDescr() {
	setupBuiltinType(MemberDescrType, ObjectType, 0)
	MemberDescrType.New = nil
	MemberDescrType.Init = nil
	MemberDescrType.Repr = func(t *Thread, v Value) Value {
		d := as[memberDescr](v)
		return NewStr("<member '" + d.name.s + "' of '" + d.owner.Name + "' objects>").Value()
	}
	MemberDescrType.DescrGet = func(t *Thread, descr, obj Value, typ *Type) Value {
		if obj.IsNull() || obj == None && typ != nil && !typ.IsSubtype(NoneType) {
			return descr
		}
		d := as[memberDescr](descr)
		a := memberCheck(t, d, obj)
		if a == nil {
			return Null
		}
		if d.index < len(a.members) {
			if r := a.members[d.index]; !r.IsNull() {
				return r
			}
		}
		return raiseAttrError(t, obj, d.name)
	}
	MemberDescrType.DescrSet = func(t *Thread, descr, obj, val Value) int {
		d := as[memberDescr](descr)
		a := memberCheck(t, d, obj)
		if a == nil {
			return -1
		}
		if val.IsNull() {
			if d.index < len(a.members) && !a.members[d.index].IsNull() {
				a.members[d.index] = Null
				return 0
			}
			t.RaiseMsg(AttributeErrorType, d.name.s)
			return -1
		}
		if d.index >= len(a.members) {
			n := TypeOf(obj).nMembers
			if n <= d.index {
				n = d.index + 1
			}
			a.members = append(a.members, make([]Value, n-len(a.members))...)
		}
		a.members[d.index] = val
		return 0
	}
	for _, n := range []string{"__name__", "__qualname__"} {
		qual := n == "__qualname__"
		MemberDescrType.AddGetter(n, func(t *Thread, v Value) Value {
			d := as[memberDescr](v)
			if qual {
				return NewStr(d.owner.QualName + "." + d.name.s).Value()
			}
			return d.name.Value()
		})
	}
	MemberDescrType.AddGetter("__objclass__", func(t *Thread, v Value) Value { return as[memberDescr](v).owner.Value() })
}

// raiseAttrError raises "'T' object has no attribute 'name'".
func raiseAttrError(t *Thread, obj Value, name *Str) Value {
	return t.Raisef(AttributeErrorType, "'%s' object has no attribute '%s'", TypeOf(obj).TPName(), name.s)
}
