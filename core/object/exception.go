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
	// fields holds the values of the type family's members (OSError's
	// errno..., SyntaxError's msg..., exc_members.go), indexed as the
	// family lists them; nil until one is set, NULL entries read as None.
	fields []Value
	attrs  Attrs
}

// The builtin exception types: CPython 3.13's whole hierarchy.
var (
	ExceptionType                 = &Type{Name: "Exception"}
	ArithmeticErrorType           = &Type{Name: "ArithmeticError"}
	ZeroDivisionErrorType         = &Type{Name: "ZeroDivisionError"}
	OverflowErrorType             = &Type{Name: "OverflowError"}
	FloatingPointErrorType        = &Type{Name: "FloatingPointError"}
	AssertionErrorType            = &Type{Name: "AssertionError"}
	AttributeErrorType            = &Type{Name: "AttributeError"}
	BufferErrorType               = &Type{Name: "BufferError"}
	EOFErrorType                  = &Type{Name: "EOFError"}
	LookupErrorType               = &Type{Name: "LookupError"}
	IndexErrorType                = &Type{Name: "IndexError"}
	KeyErrorType                  = &Type{Name: "KeyError"}
	MemoryErrorType               = &Type{Name: "MemoryError"}
	NameErrorType                 = &Type{Name: "NameError"}
	UnboundLocalErrorType         = &Type{Name: "UnboundLocalError"}
	ReferenceErrorType            = &Type{Name: "ReferenceError"}
	RuntimeErrorType              = &Type{Name: "RuntimeError"}
	RecursionErrorType            = &Type{Name: "RecursionError"}
	NotImplementedErrorType       = &Type{Name: "NotImplementedError"}
	PythonFinalizationErrorType   = &Type{Name: "PythonFinalizationError"}
	StopIterationType             = &Type{Name: "StopIteration"}
	SyntaxErrorType               = &Type{Name: "SyntaxError"}
	IndentationErrorType          = &Type{Name: "IndentationError"}
	TabErrorType                  = &Type{Name: "TabError"}
	IncompleteInputErrorType      = &Type{Name: "_IncompleteInputError"}
	TypeErrorType                 = &Type{Name: "TypeError"}
	ValueErrorType                = &Type{Name: "ValueError"}
	SystemErrorType               = &Type{Name: "SystemError"}
	KeyboardInterruptType         = &Type{Name: "KeyboardInterrupt"}
	SystemExitType                = &Type{Name: "SystemExit"}
	ImportErrorType               = &Type{Name: "ImportError"}
	ModuleNotFoundErrorType       = &Type{Name: "ModuleNotFoundError"}
	UnicodeErrorType              = &Type{Name: "UnicodeError"}
	UnicodeDecodeErrorType        = &Type{Name: "UnicodeDecodeError"}
	UnicodeEncodeErrorType        = &Type{Name: "UnicodeEncodeError"}
	UnicodeTranslateErrorType     = &Type{Name: "UnicodeTranslateError"}
	OSErrorType                   = &Type{Name: "OSError"}
	BlockingIOErrorType           = &Type{Name: "BlockingIOError"}
	ChildProcessErrorType         = &Type{Name: "ChildProcessError"}
	ConnectionErrorType           = &Type{Name: "ConnectionError"}
	BrokenPipeErrorType           = &Type{Name: "BrokenPipeError"}
	ConnectionAbortedErrorType    = &Type{Name: "ConnectionAbortedError"}
	ConnectionRefusedErrorType    = &Type{Name: "ConnectionRefusedError"}
	ConnectionResetErrorType      = &Type{Name: "ConnectionResetError"}
	FileExistsErrorType           = &Type{Name: "FileExistsError"}
	FileNotFoundErrorType         = &Type{Name: "FileNotFoundError"}
	InterruptedErrorType          = &Type{Name: "InterruptedError"}
	IsADirectoryErrorType         = &Type{Name: "IsADirectoryError"}
	NotADirectoryErrorType        = &Type{Name: "NotADirectoryError"}
	PermissionErrorType           = &Type{Name: "PermissionError"}
	ProcessLookupErrorType        = &Type{Name: "ProcessLookupError"}
	TimeoutErrorType              = &Type{Name: "TimeoutError"}
	WarningType                   = &Type{Name: "Warning"}
	UserWarningType               = &Type{Name: "UserWarning"}
	DeprecationWarningType        = &Type{Name: "DeprecationWarning"}
	PendingDeprecationWarningType = &Type{Name: "PendingDeprecationWarning"}
	SyntaxWarningType             = &Type{Name: "SyntaxWarning"}
	RuntimeWarningType            = &Type{Name: "RuntimeWarning"}
	FutureWarningType             = &Type{Name: "FutureWarning"}
	ImportWarningType             = &Type{Name: "ImportWarning"}
	UnicodeWarningType            = &Type{Name: "UnicodeWarning"}
	BytesWarningType              = &Type{Name: "BytesWarning"}
	ResourceWarningType           = &Type{Name: "ResourceWarning"}
	EncodingWarningType           = &Type{Name: "EncodingWarning"}
)

// exceptionTable is the hierarchy, parents before children.
var exceptionTable = []struct{ typ, base *Type }{
	{ExceptionType, BaseExceptionType},
	{KeyboardInterruptType, BaseExceptionType},
	{SystemExitType, BaseExceptionType},
	{ArithmeticErrorType, ExceptionType},
	{ZeroDivisionErrorType, ArithmeticErrorType},
	{OverflowErrorType, ArithmeticErrorType},
	{FloatingPointErrorType, ArithmeticErrorType},
	{AssertionErrorType, ExceptionType},
	{AttributeErrorType, ExceptionType},
	{BufferErrorType, ExceptionType},
	{EOFErrorType, ExceptionType},
	{LookupErrorType, ExceptionType},
	{IndexErrorType, LookupErrorType},
	{KeyErrorType, LookupErrorType},
	{MemoryErrorType, ExceptionType},
	{NameErrorType, ExceptionType},
	{UnboundLocalErrorType, NameErrorType},
	{ReferenceErrorType, ExceptionType},
	{RuntimeErrorType, ExceptionType},
	{RecursionErrorType, RuntimeErrorType},
	{NotImplementedErrorType, RuntimeErrorType},
	{PythonFinalizationErrorType, RuntimeErrorType},
	{StopIterationType, ExceptionType},
	{SyntaxErrorType, ExceptionType},
	{IndentationErrorType, SyntaxErrorType},
	{TabErrorType, IndentationErrorType},
	{IncompleteInputErrorType, SyntaxErrorType},
	{TypeErrorType, ExceptionType},
	{ValueErrorType, ExceptionType},
	{SystemErrorType, ExceptionType},
	{ImportErrorType, ExceptionType},
	{ModuleNotFoundErrorType, ImportErrorType},
	{UnicodeErrorType, ValueErrorType},
	{UnicodeDecodeErrorType, UnicodeErrorType},
	{UnicodeEncodeErrorType, UnicodeErrorType},
	{UnicodeTranslateErrorType, UnicodeErrorType},
	{OSErrorType, ExceptionType},
	{BlockingIOErrorType, OSErrorType},
	{ChildProcessErrorType, OSErrorType},
	{ConnectionErrorType, OSErrorType},
	{BrokenPipeErrorType, ConnectionErrorType},
	{ConnectionAbortedErrorType, ConnectionErrorType},
	{ConnectionRefusedErrorType, ConnectionErrorType},
	{ConnectionResetErrorType, ConnectionErrorType},
	{FileExistsErrorType, OSErrorType},
	{FileNotFoundErrorType, OSErrorType},
	{InterruptedErrorType, OSErrorType},
	{IsADirectoryErrorType, OSErrorType},
	{NotADirectoryErrorType, OSErrorType},
	{PermissionErrorType, OSErrorType},
	{ProcessLookupErrorType, OSErrorType},
	{TimeoutErrorType, OSErrorType},
	{WarningType, ExceptionType},
	{UserWarningType, WarningType},
	{DeprecationWarningType, WarningType},
	{PendingDeprecationWarningType, WarningType},
	{SyntaxWarningType, WarningType},
	{RuntimeWarningType, WarningType},
	{FutureWarningType, WarningType},
	{ImportWarningType, WarningType},
	{UnicodeWarningType, WarningType},
	{BytesWarningType, WarningType},
	{ResourceWarningType, WarningType},
	{EncodingWarningType, WarningType},
}

// BuiltinExceptionTypes returns the builtin exception types, for the
// builtins module (its aliases: BuiltinExceptionAliases).
func BuiltinExceptionTypes() []*Type {
	out := []*Type{BaseExceptionType, GeneratorExitType, BaseExceptionGroupType, ExceptionGroupType, StopAsyncIterationType}
	for _, e := range exceptionTable {
		out = append(out, e.typ)
	}
	return out
}

// BuiltinExceptionAliases are the other builtins names of exception types
// (EnvironmentError and IOError are OSError).
var BuiltinExceptionAliases = map[string]*Type{
	"EnvironmentError": OSErrorType,
	"IOError":          OSErrorType,
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

// SetAttr sets an attribute of the exception (e.g. ImportError.name):
// a member of its type family (exc_members.go) or an instance attribute.
func (e *Exception) SetAttr(t *Thread, name string, v Value) {
	if fam, i := memberIndex(e.typ, name); fam != nil {
		e.setField(fam, i, v)
		return
	}
	e.attrs.set(t, e.typ, NewStr(name), v)
}

// Attr returns a member or instance attribute of the exception, NULL when
// it has none (no exception is raised).
func (e *Exception) Attr(name string) Value {
	if fam, i := memberIndex(e.typ, name); fam != nil {
		if fam.optional(name) && (i >= len(e.fields) || e.fields[i].IsNull()) {
			return Null
		}
		return e.field(i)
	}
	return e.attrs.get(NewStr(name))
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
	e.Traceback = &Traceback{Header: Header{TracebackType}, Next: e.Traceback, Code: code, PC: pc}
}

// AddTracebackFrame prepends an entry for (code, pc) run by frame fr (a
// frame object, see frame.go) to e's traceback.
func (e *Exception) AddTracebackFrame(code *Code, pc int, fr *Frame) {
	e.Traceback = &Traceback{Header: Header{TracebackType}, Next: e.Traceback, Code: code, PC: pc, Frame: fr}
}

func excNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
	n := len(args) - kwnames.Len()
	e := &Exception{Header: Header{typ}, Args: NewTuple(append([]Value(nil), args[:n]...))}
	if fam := familyOf(typ); fam != nil && fam.new != nil && !initOverridden(typ, fam.root) {
		if fam.new(t, e, args[:n]) < 0 {
			return Null
		}
	}
	return e.Value()
}

// initOverridden reports whether a class redefines __init__ below root:
// then the family's arguments are parsed by __init__ only (CPython's
// OSError parses in __new__ unless __init__ is overridden).
func initOverridden(typ, root *Type) bool {
	if !typ.IsHeapType() {
		return false
	}
	for _, m := range typ.MRO {
		if m == root || !m.IsHeapType() {
			return false
		}
		if !m.Dict.GetStr(NewStr("__init__")).IsNull() {
			return true
		}
	}
	return false
}

func excInit(t *Thread, self Value, args []Value, kwnames *Tuple) int {
	e := as[Exception](self)
	fam := familyOf(e.typ)
	if kwnames.Len() > 0 && (fam == nil || fam.kw == nil) {
		t.Raisef(TypeErrorType, "%s() takes no keyword arguments", TypeOf(self).Name)
		return -1
	}
	n := len(args) - kwnames.Len()
	e.Args = NewTuple(append([]Value(nil), args[:n]...))
	if fam != nil {
		if fam.kw != nil && kwnames.Len() > 0 {
			if fam.kw(t, e, args[n:], kwnames) < 0 {
				return -1
			}
		}
		if fam.init != nil {
			return fam.init(t, e, args[:n])
		}
	}
	return 0
}

// ExceptionStr is str(e).
func ExceptionStr(t *Thread, v Value) Value {
	e := as[Exception](v)
	if fam := familyOf(e.typ); fam != nil && fam.str != nil {
		return fam.str(t, e)
	}
	return baseExcStr(t, e)
}

func baseExcStr(t *Thread, e *Exception) Value {
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
	if len(e.Args.Items) == 0 {
		return NewStr(name + "()").Value()
	}
	r := Repr(t, e.Args.Value())
	if r == nil {
		return Null
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
	case "__traceback__":
		if e.Traceback == nil {
			return None
		}
		return fromHeap(e.Traceback)
	}
	if fam, i := memberIndex(e.typ, name.s); fam != nil && !memberOverridden(e.typ, name) {
		if fam.optional(name.s) && (i >= len(e.fields) || e.fields[i].IsNull()) {
			return t.RaiseMsg(AttributeErrorType, name.s)
		}
		return e.field(i)
	}
	return GenericGetAttr(t, v, name)
}

func excSetAttr(t *Thread, v Value, name *Str, val Value) int {
	e := as[Exception](v)
	switch name.s {
	case "args":
		if val.IsNull() {
			t.RaiseMsg(TypeErrorType, "args may not be deleted")
			return -1
		}
		items, ok := CollectItems(t, val)
		if !ok {
			return -1
		}
		e.Args = NewTuple(append([]Value(nil), items...))
		return 0
	case "__cause__", "__context__":
		var x *Exception
		if val.IsNull() {
			t.Raisef(TypeErrorType, "%s may not be deleted", name.s)
			return -1
		}
		if val != None {
			ex, ok := AsException(val)
			if !ok {
				what := "cause"
				if name.s == "__context__" {
					what = "context"
				}
				t.Raisef(TypeErrorType, "exception %s must be None or derive from BaseException", what)
				return -1
			}
			x = ex
		}
		if name.s == "__cause__" {
			e.Cause = x
			e.SuppressContext = true
		} else {
			e.Context = x
		}
		return 0
	case "__suppress_context__":
		if val.IsNull() {
			t.RaiseMsg(TypeErrorType, "can't delete attribute")
			return -1
		}
		b := Truth(t, val)
		if b < 0 {
			return -1
		}
		e.SuppressContext = b == 1
		return 0
	case "__traceback__":
		if val.IsNull() {
			t.RaiseMsg(TypeErrorType, "__traceback__ may not be deleted")
			return -1
		}
		if val == None {
			e.Traceback = nil
		} else if val.IsHeap() && TypeOf(val) == TracebackType {
			e.Traceback = as[Traceback](val)
		} else {
			t.RaiseMsg(TypeErrorType, "__traceback__ must be a traceback or None")
			return -1
		}
		return 0
	}
	if fam, i := memberIndex(e.typ, name.s); fam != nil && !memberOverridden(e.typ, name) {
		if val.IsNull() {
			if fam.optional(name.s) && (i >= len(e.fields) || e.fields[i].IsNull()) {
				t.RaiseMsg(AttributeErrorType, name.s)
				return -1
			}
			if i < len(e.fields) {
				e.fields[i] = Null
			}
			return 0
		}
		e.setField(fam, i, val)
		return 0
	}
	return GenericSetAttr(t, v, name, val)
}

// memberOverridden reports whether a class redefines a member's name
// (a property or class attribute of a subclass wins over the member).
func memberOverridden(typ *Type, name *Str) bool {
	if !typ.IsHeapType() {
		return false
	}
	d := typ.Lookup(name)
	if d.IsNull() {
		return false
	}
	if dt := TypeOf(d); dt == GetSetDescrType || dt == MemberGetSetType {
		if owner := as[getSetDescr](d).owner; owner.layout == BaseExceptionType && !owner.IsHeapType() {
			return false
		}
	}
	return true
}

// addExcDescriptors puts the attributes the exception types answer in
// their GetAttr into their dicts too, as CPython's getset and member
// descriptors (dir(), hasattr on the class, vars(type)).
func addExcDescriptors() {
	get := func(name string) Getter {
		key := NewStr(name)
		return func(t *Thread, self Value) Value { return excGetAttr(t, self, key) }
	}
	for _, n := range []string{"args", "__cause__", "__context__", "__suppress_context__", "__traceback__"} {
		BaseExceptionType.Dict.setStrInit(n, fromHeap(&getSetDescr{Header{GetSetDescrType}, n, BaseExceptionType, get(n), false}))
	}
	BaseExceptionType.Dict.setStrInit("__dict__", fromHeap(&getSetDescr{Header{GetSetDescrType}, "__dict__", BaseExceptionType,
		func(t *Thread, self Value) Value {
			e := as[Exception](self)
			d := NewDict()
			if a := &e.attrs; a.Shape != nil {
				for i, n := range a.Shape.names {
					if !a.Slots[i].IsNull() {
						d.SetStr(n, a.Slots[i])
					}
				}
			}
			return d.Value()
		}, false}))
	for _, f := range families {
		if f.root.Dict == nil {
			continue
		}
		for _, m := range f.members {
			if f.root.Dict.GetStr(NewStr(m)).IsNull() {
				f.root.Dict.setStrInit(m, fromHeap(&getSetDescr{Header{MemberGetSetType}, m, f.root, get(m), true}))
			}
		}
	}
}

// AddNote is e.add_note(note).
func (e *Exception) AddNote(t *Thread, note Value) bool {
	if _, ok := AsStr(note); !ok {
		t.Raisef(TypeErrorType, "note must be a str, not '%s'", TypeOf(note).Name)
		return false
	}
	key := NewStr("__notes__")
	notes := e.attrs.get(key)
	if notes.IsNull() {
		e.attrs.set(t, e.typ, key, NewList([]Value{note}).Value())
		return true
	}
	l, ok := AsList(notes)
	if !ok {
		t.RaiseMsg(TypeErrorType, "Cannot add note: __notes__ is not a list")
		return false
	}
	l.Append(note)
	return true
}

// Notes returns the exception's __notes__ attribute (NULL when unset).
func (e *Exception) Notes() Value { return e.attrs.get(NewStr("__notes__")) }

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
	BaseExceptionType.SetAttr = excSetAttr
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
	BaseExceptionType.addMethod("add_note", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if kwnames.Len() > 0 {
			return t.RaiseMsg(TypeErrorType, "BaseException.add_note() takes no keyword arguments")
		}
		if len(args) != 1 {
			return t.Raisef(TypeErrorType, "BaseException.add_note() takes exactly one argument (%d given)", len(args))
		}
		if !as[Exception](self).AddNote(t, args[0]) {
			return Null
		}
		return None
	})
	BaseExceptionType.addMethod("__reduce__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		e := as[Exception](self)
		d := GenericGetAttr(t, self, NewStr("__dict__"))
		if dd, ok := AsDict(d); ok && dd.Len() > 0 {
			return NewTuple([]Value{e.typ.Value(), e.Args.Value(), d}).Value()
		}
		t.Clear()
		return NewTuple([]Value{e.typ.Value(), e.Args.Value()}).Value()
	})
	BaseExceptionType.addMethod("__setstate__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.Raisef(TypeErrorType, "BaseException.__setstate__() takes exactly one argument (%d given)", len(args))
		}
		if args[0] == None {
			return None
		}
		d, ok := AsDict(args[0])
		if !ok {
			return t.RaiseMsg(TypeErrorType, "state is not a dictionary")
		}
		failed := false
		d.Items(func(k, v Value) bool {
			ks, ok := AsStr(k)
			if !ok {
				return true
			}
			failed = SetAttr(t, self, ks, v) < 0
			return !failed
		})
		if failed {
			return Null
		}
		return None
	})
	BaseExceptionType.addMethod("with_traceback", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 {
			return t.RaiseMsg(TypeErrorType, "with_traceback() takes exactly one argument")
		}
		if excSetAttr(t, self, NewStr("__traceback__"), args[0]) < 0 {
			return Null
		}
		return self
	})
	for _, e := range exceptionTable {
		setupBuiltinType(e.typ, e.base, FlagBaseType)
		e.typ.layout = BaseExceptionType
		e.typ.attrsOffset = BaseExceptionType.attrsOffset
	}
	initExcMembers()      // exc_members.go
	initTracebacks()      // exc_traceback.go
	initExceptionGroups() // excgroup.go
	addExcDescriptors()
	setupExceptionType(UnsupportedOperationType, "io", OSErrorType, ValueErrorType)
}

// UnsupportedOperationType is io.UnsupportedOperation, raised by file
// objects (open(), sys.stdin...): one process-wide immutable type deriving
// from OSError and ValueError, as CPython's.
var UnsupportedOperationType = &Type{Name: "UnsupportedOperation"}

// setupExceptionType makes typ a builtin exception type of module with
// the given bases (the first is the primary base; all must be exception
// types already set up): the Exception layout, C3 MRO, subclassable.
func setupExceptionType(typ *Type, module string, bases ...*Type) {
	setupBuiltinType(typ, bases[0], FlagBaseType)
	typ.Module = module
	typ.layout = BaseExceptionType
	typ.attrsOffset = BaseExceptionType.attrsOffset
	if len(bases) > 1 {
		typ.Bases = bases
		typ.MRO = c3(nil, typ, bases)
	}
}
