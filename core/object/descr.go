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
	return fromHeap(&Property{Header{PropertyType}, get, set, del, name})
}

func initDescr() {
	setupBuiltinType(PropertyType, ObjectType, FlagBaseType)
	PropertyType.New = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
		pos := args[:len(args)-kwnames.Len()]
		vals := [3]Value{None, None, None}
		for i, a := range pos {
			if i < 3 {
				vals[i] = a
			}
		}
		for i := 0; i < kwnames.Len(); i++ {
			k, _ := AsStr(kwnames.Items[i])
			switch k.s {
			case "fget":
				vals[0] = args[len(pos)+i]
			case "fset":
				vals[1] = args[len(pos)+i]
			case "fdel":
				vals[2] = args[len(pos)+i]
			}
		}
		return newProperty(vals[0], vals[1], vals[2], "")
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
	for i, name := range []string{"getter", "setter", "deleter"} {
		PropertyType.addMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if len(args) != 1 {
				return t.Raisef(TypeErrorType, "%s() takes exactly one argument", name)
			}
			p := as[Property](self)
			vals := [3]Value{p.Get, p.Set, p.Del}
			vals[i] = args[0]
			return newProperty(vals[0], vals[1], vals[2], p.Name)
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
			if name.s == "__func__" {
				return as[wrapper](v).fn
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
		return NewMethod(as[wrapper](descr).fn, typ.Value())
	}
}

// setPropertyNames gives unnamed properties of a new class their
// attribute name (what __set_name__ does for them).
func setPropertyNames(typ *Type) {
	typ.Dict.Items(func(k, v Value) bool {
		if v.IsHeap() && TypeOf(v) == PropertyType {
			if p := as[Property](v); p.Name == "" {
				if s, ok := AsStr(k); ok {
					p.Name = s.s
				}
			}
		}
		return true
	})
}
