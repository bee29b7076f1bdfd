package object

import "fmt"

// Thread is the part of a thread state that objects need: the exception
// being raised, the exception being handled, the interpreter's object
// state and the evaluator to call Python code with. core/vm embeds it in
// its own Thread. A Thread is used by one OS thread at a time.
type Thread struct {
	// Exc is the exception being raised (CPython's current_exception), nil
	// when none. Set by the Raise helpers; the VM takes it when it unwinds.
	Exc *Exception
	// Handled is the exception being handled (sys.exception()), nil when
	// none. Saved and restored by the VM around except blocks.
	Handled *Exception
	// Interp is the interpreter's object-level state.
	Interp *Interp
	// Eval runs Python functions for slots written in Go.
	Eval Evaluator
	// CDepth counts the nested Go-level entries (repr, comparison, Go
	// code calling Python) against CRecursionLimit (exc_suggest.go).
	CDepth int
	// reprActive holds the containers whose repr is being built on this
	// thread (CPython's Py_ReprEnter list): "[...]" for recursion.
	reprActive []Value
	// argBuf is scratch for slots calling a Python function with a few
	// positional arguments (class.go, callPy): the VM copies the
	// arguments into the new frame before running it.
	argBuf [4]Value
}

// WarnHook issues a warning through the warnings module, attributed to
// the Python code that called the running builtin (CPython's
// PyErr_WarnEx with stacklevel 1). core/vm sets it; it returns false with
// the exception set when the filters turn the warning into an error.
var WarnHook func(t *Thread, category *Type, message string) bool

// Warn issues a warning through WarnHook (no-op when unset).
func Warn(t *Thread, category *Type, message string) bool {
	if WarnHook == nil {
		return true
	}
	return WarnHook(t, category, message)
}

// ClosestName is core/vm's "Did you mean" rule (suggest.go): the
// candidate nearest to wrong, "" when none is near enough or unset.
var ClosestName func(candidates []string, wrong string) string

// unexpectedKeyword raises fname's "unexpected keyword argument" error,
// with 3.13's suggestion among the keyword parameter names.
func unexpectedKeyword(t *Thread, fname, kw string, params ...string) Value {
	if ClosestName != nil {
		if sug := ClosestName(params, kw); sug != "" {
			return t.Raisef(TypeErrorType, "%s() got an unexpected keyword argument '%s'. Did you mean '%s'?", fname, kw, sug)
		}
	}
	return t.Raisef(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, kw)
}

// Evaluator is what core/vm provides to run Python code from Go.
type Evaluator interface {
	// CallFunction calls a Python function with positional arguments and
	// keyword arguments (the last len(kwnames) of args). NULL on error.
	CallFunction(f *Function, args []Value, kwnames *Tuple) Value
}

// Interp is the object-level state of one interpreter: the counter that
// versions types and the bookkeeping of builtin types that must not live
// in the shared type objects.
type Interp struct {
	nextTypeVersion uint32
	// rootShapes holds the empty instance shape of builtin types whose
	// instances have attributes (exceptions): shapes are per interpreter.
	rootShapes map[*Type]*Shape
	// builtinSubclasses lists the classes made from each builtin type
	// (type.__subclasses__ of builtin types; class.go).
	builtinSubclasses map[*Type][]*Type
	// IntMaxStrDigits is sys.get_int_max_str_digits(): the most decimal
	// digits int<->str conversions accept (0: no limit). Set by
	// sys.set_int_max_str_digits (core/modules/sys).
	IntMaxStrDigits int
}

// firstHeapTypeVersion leaves the versions below it to builtin types.
const firstHeapTypeVersion = 1 << 16

// NewInterp returns a fresh object-level interpreter state.
func NewInterp() *Interp {
	return &Interp{nextTypeVersion: firstHeapTypeVersion, IntMaxStrDigits: 4300}
}

func (in *Interp) newTypeVersion() uint32 {
	in.nextTypeVersion++
	if in.nextTypeVersion == 0 { // wrapped: caches keyed by version stay off
		in.nextTypeVersion = firstHeapTypeVersion
	}
	return in.nextTypeVersion
}

// Raise sets e as the exception being raised and returns NULL.
func (t *Thread) Raise(e *Exception) Value {
	if e.Context == nil && t.Handled != nil && t.Handled != e {
		e.Context = t.Handled
	}
	t.Exc = e
	return Null
}

// RaiseMsg raises typ(msg) and returns NULL.
func (t *Thread) RaiseMsg(typ *Type, msg string) Value {
	return t.Raise(NewException(typ, NewStr(msg).Value()))
}

// Raisef raises typ(fmt.Sprintf(format, args...)) and returns NULL.
func (t *Thread) Raisef(typ *Type, format string, args ...any) Value {
	return t.RaiseMsg(typ, fmt.Sprintf(format, args...))
}

// Occurred reports whether an exception is being raised.
func (t *Thread) Occurred() bool { return t.Exc != nil }

// ExceptionMatches reports whether the exception being raised is an
// instance of typ.
func (t *Thread) ExceptionMatches(typ *Type) bool {
	return t.Exc != nil && t.Exc.typ.IsSubtype(typ)
}

// Clear drops the exception being raised.
func (t *Thread) Clear() { t.Exc = nil }
