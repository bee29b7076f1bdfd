package object

import "unsafe"

// BaseExceptionType is `BaseException`; the other builtin exception types
// are in the table below.
var BaseExceptionType = &Type{Name: "BaseException"}

// Exception is an instance of BaseException or a subclass (user classes
// included: they share this layout).
type Exception struct {
	Header
	Args      *Tuple
	Traceback *Traceback
	Cause     *Exception // __cause__ (nil: None)
	Context   *Exception // __context__ (nil: None)
	// SuppressContext is __suppress_context__ (set by `raise ... from`).
	SuppressContext bool
	attrs           Attrs
}

// The builtin exception types (CPython 3.13's hierarchy; more are added
// to the table as the engine needs them).
var (
	ExceptionType           = &Type{Name: "Exception"}
	ArithmeticErrorType     = &Type{Name: "ArithmeticError"}
	ZeroDivisionErrorType   = &Type{Name: "ZeroDivisionError"}
	OverflowErrorType       = &Type{Name: "OverflowError"}
	AssertionErrorType      = &Type{Name: "AssertionError"}
	AttributeErrorType      = &Type{Name: "AttributeError"}
	LookupErrorType         = &Type{Name: "LookupError"}
	IndexErrorType          = &Type{Name: "IndexError"}
	KeyErrorType            = &Type{Name: "KeyError"}
	NameErrorType           = &Type{Name: "NameError"}
	UnboundLocalErrorType   = &Type{Name: "UnboundLocalError"}
	RuntimeErrorType        = &Type{Name: "RuntimeError"}
	RecursionErrorType      = &Type{Name: "RecursionError"}
	NotImplementedErrorType = &Type{Name: "NotImplementedError"}
	StopIterationType       = &Type{Name: "StopIteration"}
	TypeErrorType           = &Type{Name: "TypeError"}
	ValueErrorType          = &Type{Name: "ValueError"}
	SystemErrorType         = &Type{Name: "SystemError"}
	KeyboardInterruptType   = &Type{Name: "KeyboardInterrupt"}
	SystemExitType          = &Type{Name: "SystemExit"}
	ImportErrorType         = &Type{Name: "ImportError"}
	ModuleNotFoundErrorType = &Type{Name: "ModuleNotFoundError"}
	UnicodeErrorType        = &Type{Name: "UnicodeError"}
	UnicodeDecodeErrorType  = &Type{Name: "UnicodeDecodeError"}
	UnicodeEncodeErrorType  = &Type{Name: "UnicodeEncodeError"}
)

// exceptionTable is the hierarchy, parents before children.
var exceptionTable = []struct{ typ, base *Type }{
	{ExceptionType, BaseExceptionType},
	{KeyboardInterruptType, BaseExceptionType},
	{SystemExitType, BaseExceptionType},
	{ArithmeticErrorType, ExceptionType},
	{ZeroDivisionErrorType, ArithmeticErrorType},
	{OverflowErrorType, ArithmeticErrorType},
	{AssertionErrorType, ExceptionType},
	{AttributeErrorType, ExceptionType},
	{LookupErrorType, ExceptionType},
	{IndexErrorType, LookupErrorType},
	{KeyErrorType, LookupErrorType},
	{NameErrorType, ExceptionType},
	{UnboundLocalErrorType, NameErrorType},
	{RuntimeErrorType, ExceptionType},
	{RecursionErrorType, RuntimeErrorType},
	{NotImplementedErrorType, RuntimeErrorType},
	{StopIterationType, ExceptionType},
	{TypeErrorType, ExceptionType},
	{ValueErrorType, ExceptionType},
	{SystemErrorType, ExceptionType},
	{ImportErrorType, ExceptionType},
	{ModuleNotFoundErrorType, ImportErrorType},
	{UnicodeErrorType, ValueErrorType},
	{UnicodeDecodeErrorType, UnicodeErrorType},
	{UnicodeEncodeErrorType, UnicodeErrorType},
}

// BuiltinExceptionTypes returns the builtin exception types, for the
// builtins module.
func BuiltinExceptionTypes() []*Type {
	out := []*Type{BaseExceptionType, GeneratorExitType, BaseExceptionGroupType, ExceptionGroupType, StopAsyncIterationType}
	for _, e := range exceptionTable {
		out = append(out, e.typ)
	}
	return out
}

// NewException returns typ(*args); typ must be an exception type.
func NewException(typ *Type, args ...Value) *Exception {
	return &Exception{Header: Header{typ}, Args: NewTuple(args)}
}

// Value returns the exception as a Value.
func (e *Exception) Value() Value { return fromHeap(e) }

// Type returns the exception's type.
func (e *Exception) Type() *Type { return e.typ }

// AsException returns v as an exception instance.
func AsException(v Value) (*Exception, bool) {
	if v.IsHeap() && v.header().typ.layout == BaseExceptionType {
		return as[Exception](v), true
	}
	return nil, false
}

// TracebackType is `traceback`.
var TracebackType = &Type{Name: "traceback"}

// Traceback is one entry of an exception's traceback: the code and the
// instruction that was running (the frame object comes later).
type Traceback struct {
	Header
	Next *Traceback
	Code *Code
	PC   int
}

// SetAttr sets an attribute of the exception (e.g. ImportError.name).
func (e *Exception) SetAttr(t *Thread, name string, v Value) {
	e.attrs.set(t, e.typ, NewStr(name), v)
}

// TracebackValue returns __traceback__ (None when there is none).
func (e *Exception) TracebackValue() Value {
	if e.Traceback == nil {
		return None
	}
	return fromHeap(e.Traceback)
}

// AddTraceback prepends an entry for (code, pc) to e's traceback.
func (e *Exception) AddTraceback(code *Code, pc int) {
	e.Traceback = &Traceback{Header{TracebackType}, e.Traceback, code, pc}
}

func excNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
	n := len(args) - kwnames.Len()
	return (&Exception{Header: Header{typ}, Args: NewTuple(append([]Value(nil), args[:n]...))}).Value()
}

func excInit(t *Thread, self Value, args []Value, kwnames *Tuple) int {
	if kwnames.Len() > 0 && !TypeOf(self).IsHeapType() {
		t.Raisef(TypeErrorType, "%s() takes no keyword arguments", TypeOf(self).Name)
		return -1
	}
	as[Exception](self).Args = NewTuple(append([]Value(nil), args[:len(args)-kwnames.Len()]...))
	return 0
}

// ExceptionStr is str(e).
func ExceptionStr(t *Thread, v Value) Value {
	e := as[Exception](v)
	switch len(e.Args.Items) {
	case 0:
		return emptyStr.Value()
	case 1:
		if e.typ.IsSubtype(KeyErrorType) {
			return ReprValue(t, e.Args.Items[0])
		}
		return StrOf(t, e.Args.Items[0])
	}
	return ReprValue(t, e.Args.Value())
}

func excRepr(t *Thread, v Value) Value {
	e := as[Exception](v)
	name := e.typ.Name
	if len(e.Args.Items) == 1 {
		r := Repr(t, e.Args.Items[0])
		if r == nil {
			return Null
		}
		return NewStr(name + "(" + r.s + ")").Value()
	}
	r := Repr(t, e.Args.Value())
	if r == nil {
		return Null
	}
	if len(e.Args.Items) == 0 {
		return NewStr(name + "()").Value()
	}
	return NewStr(name + r.s).Value()
}

func excGetAttr(t *Thread, v Value, name *Str) Value {
	e := as[Exception](v)
	switch name.s {
	case "args":
		return e.Args.Value()
	case "__cause__":
		if e.Cause == nil {
			return None
		}
		return e.Cause.Value()
	case "__context__":
		if e.Context == nil {
			return None
		}
		return e.Context.Value()
	case "__suppress_context__":
		return Bool(e.SuppressContext)
	case "code":
		// SystemExit.code: None without arguments, the argument, or the
		// argument tuple (CPython's SystemExit_init).
		if e.typ.IsSubtype(SystemExitType) {
			switch len(e.Args.Items) {
			case 0:
				return None
			case 1:
				return e.Args.Items[0]
			}
			return e.Args.Value()
		}
	case "value":
		if e.typ.IsSubtype(StopIterationType) {
			if len(e.Args.Items) > 0 {
				return e.Args.Items[0]
			}
			return None
		}
	case "__traceback__":
		if e.Traceback == nil {
			return None
		}
		return fromHeap(e.Traceback)
	}
	return GenericGetAttr(t, v, name)
}

// attrsOffsetOf returns the offset of a layout's Attrs field.
func attrsOffsetOf[T any](f func(*T) *Attrs) uintptr {
	var x T
	return uintptr(unsafe.Pointer(f(&x))) - uintptr(unsafe.Pointer(&x))
}

func initExceptions() {
	setupBuiltinType(BaseExceptionType, ObjectType, FlagBaseType)
	BaseExceptionType.New = excNew
	BaseExceptionType.Init = excInit
	BaseExceptionType.Str = ExceptionStr
	BaseExceptionType.Repr = excRepr
	BaseExceptionType.GetAttr = excGetAttr
	BaseExceptionType.attrsOffset = attrsOffsetOf(func(e *Exception) *Attrs { return &e.attrs })
	BaseExceptionType.addMethod("__init__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if excInit(t, self, args, kwnames) < 0 {
			return Null
		}
		return None
	})
	BaseExceptionType.addMethod("__str__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return ExceptionStr(t, self)
	})
	BaseExceptionType.addMethod("__repr__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return excRepr(t, self)
	})
	BaseExceptionType.addMethod("with_traceback", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.RaiseMsg(TypeErrorType, "with_traceback() takes exactly one argument")
		}
		e := as[Exception](self)
		if args[0] == None {
			e.Traceback = nil
		} else if args[0].IsHeap() && TypeOf(args[0]) == TracebackType {
			e.Traceback = as[Traceback](args[0])
		} else {
			return t.RaiseMsg(TypeErrorType, "__traceback__ must be a traceback or None")
		}
		return self
	})
	for _, e := range exceptionTable {
		setupBuiltinType(e.typ, e.base, FlagBaseType)
		e.typ.layout = BaseExceptionType
		e.typ.attrsOffset = BaseExceptionType.attrsOffset
	}
	setupBuiltinType(TracebackType, ObjectType, 0)
	TracebackType.New = nil
	initExceptionGroups() // excgroup.go
}
