package object

// ModuleType is `module`.
var ModuleType = &Type{Name: "module"}

// Module is a module object: its namespace is Dict.
type Module struct {
	Header
	Dict *Dict
}

// NewModule returns a module named name with a fresh namespace.
func NewModule(name string) *Module {
	m := &Module{Header{ModuleType}, NewDict()}
	m.Dict.SetStr(strName, NewStr(name).Value())
	m.Dict.SetStr(strDoc, None)
	return m
}

// Value returns the module as a Value.
func (m *Module) Value() Value { return fromHeap(m) }

// AsModule returns v as a module.
func AsModule(v Value) (*Module, bool) {
	if v.IsHeap() && v.header().typ == ModuleType {
		return as[Module](v), true
	}
	return nil, false
}

// strDoc is "__doc__" (strs are immutable and shareable).
var strDoc = NewStr("__doc__")

func initModule() {
	setupBuiltinType(ModuleType, ObjectType, 0)
	ModuleType.GetAttr = func(t *Thread, v Value, name *Str) Value {
		m := as[Module](v)
		if r := m.Dict.getStr(name); !r.IsNull() {
			return r
		}
		if name.s == "__dict__" {
			return m.Dict.Value()
		}
		mod := "?"
		if n, ok := AsStr(m.Dict.getStr(strName)); ok {
			mod = n.s
		}
		return t.Raisef(AttributeErrorType, "module '%s' has no attribute '%s'", mod, name.s)
	}
	ModuleType.SetAttr = func(t *Thread, v Value, name *Str, val Value) int {
		m := as[Module](v)
		if val.IsNull() {
			return m.Dict.DelItem(t, name.Value())
		}
		m.Dict.SetStr(name, val)
		return 0
	}
	ModuleType.Repr = func(t *Thread, v Value) Value {
		m := as[Module](v)
		n := "?"
		if s, ok := AsStr(m.Dict.getStr(strName)); ok {
			n = s.s
		}
		if f, ok := AsStr(m.Dict.getStr(NewStr("__file__"))); ok {
			return NewStr("<module '" + n + "' from '" + f.s + "'>").Value()
		}
		if spec := m.Dict.getStr(NewStr("__spec__")); !spec.IsNull() && spec != None {
			if o, ok := AsStr(GetAttr(t, spec, NewStr("origin"))); ok && o.s == "built-in" {
				return NewStr("<module '" + n + "' (built-in)>").Value()
			}
			t.Exc = nil
		}
		return NewStr("<module '" + n + "'>").Value()
	}
}
