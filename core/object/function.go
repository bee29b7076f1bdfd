package object

import "fmt"

// FunctionType is the type of Python functions.
var FunctionType = &Type{Name: "function"}

// Function is a Python function. It belongs to one interpreter.
type Function struct {
	Header
	Code       *Code
	Globals    *Dict
	Builtins   *Dict
	Name       string
	QualName   string
	Defaults   *Tuple // nil: none
	KwDefaults *Dict  // nil: none
	Closure    *Tuple // cells of the free variables, nil: none
	Module     Value
	// Doc is an assigned __doc__ (NULL: the code's docstring).
	Doc         Value
	Annotations *Dict  // __annotations__ (nil: an empty dict made on first read)
	TypeParams  *Tuple // __type_params__ (nil: ())
	attrs       Attrs
}

// NewFunction makes a function of code with the given globals.
func NewFunction(code *Code, globals, builtins *Dict) *Function {
	mod := globals.getStr(strName)
	if mod.IsNull() {
		mod = None
	}
	return &Function{Header: Header{FunctionType}, Code: code, Globals: globals, Builtins: builtins,
		Name: code.Name, QualName: code.QualName, Module: mod}
}

// Value returns the function as a Value.
func (f *Function) Value() Value { return fromHeap(f) }

// AsFunction returns v as a Python function.
func AsFunction(v Value) (*Function, bool) {
	if v.IsHeap() && v.header().typ == FunctionType {
		return as[Function](v), true
	}
	return nil, false
}

// CellType is `cell`.
var CellType = &Type{Name: "cell"}

// Cell holds a variable captured by a closure.
type Cell struct {
	Header
	Ref Value // NULL: empty
}

// NewCell returns a cell holding v (NULL for empty).
func NewCell(v Value) *Cell { return &Cell{Header{CellType}, v} }

// Value returns the cell as a Value.
func (c *Cell) Value() Value { return fromHeap(c) }

// AsCell returns v as a cell; v must be one.
func AsCell(v Value) *Cell { return as[Cell](v) }

// MethodFunc is a builtin function or method in Go: self is the bound
// object (the module for module functions), args the positional then the
// keyword argument values, kwnames the keywords' names (nil for none).
type MethodFunc func(t *Thread, self Value, args []Value, kwnames *Tuple) Value

// MethodDescrType is the type of builtin methods looked up on their type
// (`list.append`).
var MethodDescrType = &Type{Name: "method_descriptor"}

// MethodDescr is a builtin method of a builtin type.
type MethodDescr struct {
	Header
	Name  string
	Owner *Type
	Fn    MethodFunc
}

// BuiltinFunctionType is `builtin_function_or_method`.
var BuiltinFunctionType = &Type{Name: "builtin_function_or_method"}

// BuiltinFunction is a builtin function, or a builtin method bound to Self.
type BuiltinFunction struct {
	Header
	Name string
	Fn   MethodFunc
	Self Value // NULL for a plain function
}

// NewBuiltin returns a builtin function (self is passed to fn, NULL ok).
func NewBuiltin(name string, self Value, fn MethodFunc) Value {
	return fromHeap(&BuiltinFunction{Header{BuiltinFunctionType}, name, fn, self})
}

// AsBuiltin returns v as a builtin function.
func AsBuiltin(v Value) (*BuiltinFunction, bool) {
	if v.IsHeap() && v.header().typ == BuiltinFunctionType {
		return as[BuiltinFunction](v), true
	}
	return nil, false
}

// AsMethodDescr returns v as a builtin method descriptor.
func AsMethodDescr(v Value) (*MethodDescr, bool) {
	if v.IsHeap() && v.header().typ == MethodDescrType {
		return as[MethodDescr](v), true
	}
	return nil, false
}

// MethodType is the type of bound methods.
var MethodType = &Type{Name: "method"}

// Method is a function bound to an object.
type Method struct {
	Header
	Func, Self Value
}

// NewMethod binds fn to self.
func NewMethod(fn, self Value) Value { return fromHeap(&Method{Header{MethodType}, fn, self}) }

// AsMethod returns v as a bound method.
func AsMethod(v Value) (*Method, bool) {
	if v.IsHeap() && v.header().typ == MethodType {
		return as[Method](v), true
	}
	return nil, false
}

// CallMethodDescr calls a method descriptor with self = args[0].
func CallMethodDescr(t *Thread, d *MethodDescr, args []Value, kwnames *Tuple) Value {
	if len(args) == 0 || len(args) == kwnames.Len() {
		return t.Raisef(TypeErrorType, "unbound method %s.%s() needs an argument", d.Owner.Name, d.Name)
	}
	if !TypeOf(args[0]).IsSubtype(d.Owner) {
		return t.Raisef(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name, d.Owner.Name, TypeOf(args[0]).Name)
	}
	return d.Fn(t, args[0], args[1:], kwnames)
}

func initFunctions() {
	setupBuiltinType(FunctionType, ObjectType, 0)
	FunctionType.New = nil
	FunctionType.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) Value {
		return t.Eval.CallFunction(as[Function](callable), args, kwnames)
	}
	FunctionType.DescrGet = func(t *Thread, descr, obj Value, typ *Type) Value {
		if obj.IsNull() {
			return descr
		}
		return NewMethod(descr, obj)
	}
	FunctionType.Repr = func(t *Thread, v Value) Value {
		f := as[Function](v)
		return NewStr(fmt.Sprintf("<function %s at %#x>", f.QualName, uintptr(v.p))).Value()
	}
	FunctionType.attrsOffset = attrsOffsetOf(func(f *Function) *Attrs { return &f.attrs })

	setupBuiltinType(CellType, ObjectType, 0)
	CellType.New = nil

	setupBuiltinType(MethodDescrType, ObjectType, 0)
	MethodDescrType.New = nil
	MethodDescrType.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) Value {
		return CallMethodDescr(t, as[MethodDescr](callable), args, kwnames)
	}
	MethodDescrType.DescrGet = func(t *Thread, descr, obj Value, typ *Type) Value {
		if obj.IsNull() {
			return descr
		}
		d := as[MethodDescr](descr)
		return fromHeap(&BuiltinFunction{Header{BuiltinFunctionType}, d.Name, d.Fn, obj})
	}
	MethodDescrType.Repr = func(t *Thread, v Value) Value {
		d := as[MethodDescr](v)
		return NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", d.Name, d.Owner.Name)).Value()
	}

	setupBuiltinType(BuiltinFunctionType, ObjectType, 0)
	BuiltinFunctionType.New = nil
	BuiltinFunctionType.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) Value {
		b := as[BuiltinFunction](callable)
		return b.Fn(t, b.Self, args, kwnames)
	}
	BuiltinFunctionType.Repr = func(t *Thread, v Value) Value {
		b := as[BuiltinFunction](v)
		if b.Self.IsNull() || TypeOf(b.Self) == ModuleType {
			return NewStr("<built-in function " + b.Name + ">").Value()
		}
		return NewStr(fmt.Sprintf("<built-in method %s of %s object at %#x>", b.Name, TypeOf(b.Self).Name, uintptr(b.Self.p))).Value()
	}

	setupBuiltinType(MethodType, ObjectType, 0)
	// A bound method stored as a class attribute stays bound to its
	// object: __get__ returns it unchanged (CPython's method_descr_get).
	MethodType.DescrGet = func(t *Thread, descr, obj Value, typ *Type) Value { return descr }
	MethodType.New = nil
	MethodType.Call = func(t *Thread, callable Value, args []Value, kwnames *Tuple) Value {
		m := as[Method](callable)
		full := make([]Value, len(args)+1)
		full[0] = m.Self
		copy(full[1:], args)
		return Call(t, m.Func, full, kwnames)
	}
	MethodType.Repr = func(t *Thread, v Value) Value {
		m := as[Method](v)
		r := Repr(t, m.Self)
		if r == nil {
			return Null
		}
		name := "?"
		if f, ok := AsFunction(m.Func); ok {
			name = f.QualName
		} else {
			for _, attr := range []string{"__qualname__", "__name__"} {
				if q := GetAttr(t, m.Func, NewStr(attr)); !q.IsNull() {
					if s, ok := AsStr(q); ok {
						name = s.s
						break
					}
				}
				t.Clear()
			}
		}
		return NewStr("<bound method " + name + " of " + r.s + ">").Value()
	}
	initFuncAttrs()
}
