package vm

import (
	"errors"
	"strings"

	"github.com/subpy/subpy/core/compile"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/parser"
	"github.com/subpy/subpy/core/scanner"
)

// What the C API object layer (capi) needs from the VM beyond RunSource
// and ExecModule: running a code object in given namespaces, compiling
// with syntax errors raised as exceptions, the running frame's namespaces,
// importing by name, and exception types the engine does not define yet.

// EvalCode runs a module-level code object with globals and locals
// (PyEval_EvalCode). globals gets `__builtins__` when it has none, as
// CPython's exec does. NULL with t.Exc set on error.
func (t *Thread) EvalCode(code *object.Code, globals, locals *object.Dict) object.Value {
	builtins := t.interp.Builtins
	if b := globals.GetStr(strDunderBuiltins); b.IsNull() {
		globals.SetStr(strDunderBuiltins, t.interp.Modules.GetStr(strBuiltins))
	} else if m, ok := object.AsModule(b); ok {
		builtins = m.Dict
	} else if d, ok := object.AsDict(b); ok {
		builtins = d
	}
	if locals == nil {
		locals = globals
	}
	if code.Flags&object.CodeInteractive != 0 { // Py_single_input: as runNamespaces
		builtins = builtins.Copy()
		builtins.SetStr(strDisplayHook, displayHookFn)
	}
	return t.runCode(code, globals, builtins, locals, nil)
}

// CompileMode is the start symbol of CompileSource (Py_file_input...).
type CompileMode int

// The compile modes.
const (
	CompileFile   CompileMode = iota // a module (exec)
	CompileEval                      // one expression (eval)
	CompileSingle                    // one interactive statement (single)
)

// CompileSource parses and compiles src. A syntax error is raised as
// SyntaxError (or IndentationError...) with CPython's attributes (msg,
// filename, lineno, offset, text, end_lineno, end_offset) and nil is
// returned. CompileSingle is compile(..., "single"): every expression
// statement outside functions and classes shows its value as CPython's
// interactive mode (PRINT_EXPR) does (EvalCode provides the hook).
func (t *Thread) CompileSource(src []byte, filename string, mode CompileMode) *object.Code {
	pm := parser.Exec
	switch mode {
	case CompileEval:
		pm = parser.Eval
	case CompileSingle:
		return t.compileSource(src, filename, "single")
	}
	mod, err := parser.ParseFile(filename, src, pm, parser.Options{})
	if err == nil {
		var code *object.Code
		if code, err = compile.Compile(mod, filename); err == nil {
			return code
		}
	}
	t.raiseSyntaxError(src, filename, err)
	return nil
}

func (t *Thread) raiseSyntaxError(src []byte, filename string, err error) {
	var se *scanner.Error
	var ce *compile.Error
	switch {
	case errors.As(err, &se):
		if se.Late {
			late := *se
			late.Text = programText(filename, se.Line)
			se, src = &late, nil
		}
	case errors.As(err, &ce):
		if ce.Internal {
			t.RaiseMsg(object.SystemErrorType, ce.Msg)
			return
		}
		if ce.Unsupported {
			t.RaiseMsg(object.NotImplementedErrorType, ce.Msg)
			return
		}
		se = &scanner.Error{Type: "SyntaxError", Msg: ce.Msg, Line: ce.Pos.Lineno,
			Col: ce.Pos.ColOffset + 1, EndLine: ce.Pos.EndLineno, EndCol: ce.Pos.EndColOffset + 1}
		// The compiler's errors take their text from the file, as
		// CPython's do: none for a string.
		src = nil
		if text := programText(filename, se.Line); text != "" {
			se.Text = text
		}
	default:
		t.RaiseMsg(t.ExceptionType("SyntaxError"), err.Error())
		return
	}
	typ := t.ExceptionType(se.Type)
	text := object.None
	if se.Text != "" {
		text = object.NewStr(se.Text).Value()
	} else if lines := strings.SplitAfter(string(src), "\n"); len(src) > 0 && se.Line >= 1 && se.Line <= len(lines) {
		text = object.NewStr(lines[se.Line-1]).Value()
	}
	e := object.NewException(typ, object.NewStr(se.Msg).Value(), object.NewTuple([]object.Value{
		object.NewStr(filename).Value(), object.Int(int64(se.Line)), object.Int(int64(se.Col)), text,
		object.Int(int64(se.EndLine)), object.Int(int64(se.EndCol)),
	}).Value())
	for name, v := range map[string]object.Value{
		"msg": object.NewStr(se.Msg).Value(), "filename": object.NewStr(filename).Value(),
		"lineno": object.Int(int64(se.Line)), "offset": object.Int(int64(se.Col)), "text": text,
		"end_lineno": object.Int(int64(se.EndLine)), "end_offset": object.Int(int64(se.EndCol)),
		"print_file_and_line": object.None,
	} {
		e.SetAttr(&t.Thread, name, v)
	}
	t.Raise(e)
}

// exceptionBases are the bases of the exception types the engine does not
// define yet but the C API names (PyExc_SyntaxError...): ExceptionType
// creates them per interpreter as classes in builtins.
var exceptionBases = map[string]string{
	"SyntaxError": "Exception", "IndentationError": "SyntaxError", "TabError": "IndentationError",
	"OSError": "Exception", "EOFError": "Exception", "MemoryError": "Exception",
	"BufferError": "Exception", "EnvironmentError": "Exception", "IOError": "Exception",
	"FileNotFoundError": "OSError", "PermissionError": "OSError", "FileExistsError": "OSError",
	"TimeoutError": "OSError", "ConnectionError": "OSError", "BrokenPipeError": "ConnectionError",
	"InterruptedError": "OSError", "IsADirectoryError": "OSError", "NotADirectoryError": "OSError",
	"ChildProcessError": "OSError", "ProcessLookupError": "OSError", "BlockingIOError": "OSError",
	"FloatingPointError": "ArithmeticError", "ReferenceError": "Exception",
	"UnicodeTranslateError": "UnicodeError", "PythonFinalizationError": "RuntimeError",
	"Warning": "Exception", "UserWarning": "Warning", "DeprecationWarning": "Warning",
	"RuntimeWarning": "Warning", "SyntaxWarning": "Warning", "FutureWarning": "Warning",
	"PendingDeprecationWarning": "Warning", "ImportWarning": "Warning", "UnicodeWarning": "Warning",
	"BytesWarning": "Warning", "ResourceWarning": "Warning", "EncodingWarning": "Warning",
}

// ExceptionType returns the builtin exception class called name: the one
// in builtins, or, for a name of exceptionBases missing there, a class
// created now in this interpreter (and added to builtins). SystemError
// when the name is unknown.
func (t *Thread) ExceptionType(name string) *object.Type {
	if typ := object.AsType(t.interp.Builtins.GetStr(object.NewStr(name))); typ != nil && typ.IsSubtype(object.BaseExceptionType) {
		return typ
	}
	baseName, ok := exceptionBases[name]
	if !ok {
		return object.SystemErrorType
	}
	if name == "EnvironmentError" || name == "IOError" {
		return t.ExceptionType("OSError")
	}
	base := t.ExceptionType(baseName)
	saved := t.Exc
	ns := object.NewDict()
	ns.SetStr(object.NewStr("__module__"), object.NewStr("builtins").Value())
	typ := object.NewClass(&t.Thread, object.TypeType, name, []object.Value{base.Value()}, ns)
	t.Exc = saved
	if typ == nil {
		return object.SystemErrorType
	}
	typ.Module = "builtins"
	t.interp.Builtins.SetStr(object.NewStr(name), typ.Value())
	return typ
}

// CurrentFrameNamespaces returns the globals and locals of the innermost
// running Python frame (nil, nil when none runs): PyEval_GetGlobals and
// PyEval_GetLocals.
func (t *Thread) CurrentFrameNamespaces() (globals, locals *object.Dict) {
	if len(t.frames) == 0 {
		return nil, nil
	}
	f := t.frames[len(t.frames)-1]
	return f.globals, f.locals
}

// Builtins returns the builtins namespace of the innermost running frame,
// or the interpreter's.
func (t *Thread) Builtins() *object.Dict {
	if len(t.frames) > 0 {
		if b := t.frames[len(t.frames)-1].builtins; b != nil {
			return b
		}
	}
	return t.interp.Builtins
}

// ImportModule imports the module called name (absolute, dotted) and
// returns it (not the top-level package): PyImport_ImportModule.
func (t *Thread) ImportModule(name string) object.Value {
	if name == "" {
		return t.RaiseMsg(object.ValueErrorType, "Empty module name")
	}
	_, mod := t.importModule(name)
	return mod
}

// WrapImporter puts f in front of the interpreter's importer: f gets the
// name and the importer it replaces (nil when there was none). The C API
// uses it for the modules of PyImport_AppendInittab.
func (in *Interp) WrapImporter(f func(t *Thread, name string, next Importer) object.Value) {
	next := in.importer
	in.importer = func(t *Thread, name string) object.Value { return f(t, name, next) }
}
