// Package sys is the builtin module sys: the interpreter's view of itself
// (argv, path, modules, version information, the recursion limit, the
// switch interval, stdout/stderr, the exception being handled, exit).
// New returns its vm.ModuleDef; each interpreter gets its own module,
// whose sys.modules is the interpreter's module table.
package sys

import (
	"fmt"
	gomath "math"
	"runtime"
	"slices"
	gotime "time"

	"github.com/subpy/subpy/core/compile"
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/parser"
	"github.com/subpy/subpy/core/vm"
)

// Version is subpy's own version (the Makefile's SUBPY_VERSION).
const Version = "0.1.0"

// HexVersion is PY_VERSION_HEX of CPython 3.13.0 final.
const HexVersion = 0x030D00F0

// Options are what the host tells sys about the process.
type Options struct {
	// Argv is sys.argv (default: ['']).
	Argv []string
	// Path is sys.path: the caller puts the script's directory first.
	Path []string
	// Executable is sys.executable ("" when unknown, as CPython).
	Executable string
	// VersionString replaces sys.version when set (the C front's
	// Py_GetVersion(), so both agree).
	VersionString string
}

// Module is the sys module's definition.
type Module struct{ opts Options }

// New returns the sys module definition for opts.
func New(opts Options) Module { return Module{opts} }

var _ vm.ModuleDef = Module{}

// Name implements vm.ModuleDef.
func (Module) Name() string { return "sys" }

// helpers is Python source for the struct sequences, the namespace and
// the minimal text files sys exposes.
const helpers = `
class version_info(tuple):
    n_fields = 5
    n_sequence_fields = 5
    n_unnamed_fields = 0
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])
    def __repr__(self):
        return 'sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)' % tuple(self)

class SimpleNamespace:
    def __init__(self, **kwargs):
        for k in kwargs:
            setattr(self, k, kwargs[k])
        object.__setattr__(self, '_ns_order', list(kwargs))
    def __repr__(self):
        return 'namespace(' + ', '.join(['%s=%r' % (k, getattr(self, k)) for k in self._ns_order]) + ')'

class TextFile:
    encoding = 'utf-8'
    mode = 'w'
    def __init__(self, name, write, fileno, errors):
        self._write = write
        self.name = name
        self._fileno = fileno
        self.errors = errors
    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        return self._write(s)
    def flush(self):
        pass
    def fileno(self):
        return self._fileno
    def isatty(self):
        return False
    def writable(self):
        return True
    def readable(self):
        return False
    def __repr__(self):
        return "<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>" % self.name
`

// runHelpers runs src in a scratch module named modName and returns its
// namespace.
func runHelpers(t *vm.Thread, modName, src string) (*object.Dict, bool) {
	mod, err := parser.ParseFile("<"+modName+">", []byte(src), parser.Exec, parser.Options{})
	if err != nil {
		t.Raisef(object.SystemErrorType, "%s helpers: %v", modName, err)
		return nil, false
	}
	code, err := compile.Compile(mod, "<"+modName+">")
	if err != nil {
		t.Raisef(object.SystemErrorType, "%s helpers: %v", modName, err)
		return nil, false
	}
	m := object.NewModule(modName)
	if !t.RunModuleCode(code, m) {
		return nil, false
	}
	return m.Dict, true
}

func strList(items []string) object.Value {
	vals := make([]object.Value, len(items))
	for i, s := range items {
		vals[i] = object.NewStr(s).Value()
	}
	return object.NewList(vals).Value()
}

// Exec implements vm.ModuleDef.
func (def Module) Exec(t *vm.Thread, m *object.Module) bool {
	h, ok := runHelpers(t, "sys", helpers)
	if !ok {
		return false
	}
	d := m.Dict
	set := func(name string, v object.Value) { d.SetStr(object.NewStr(name), v) }
	fn := func(name string, f func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value) {
		set(name, object.NewBuiltin(name, m.Value(), func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
			return f(ot.Eval.(*vm.Thread), args, kw)
		}))
	}
	helper := func(name string) object.Value { return h.GetStr(object.NewStr(name)) }
	str := func(s string) object.Value { return object.NewStr(s).Value() }

	in := t.Interpreter()
	argv := def.opts.Argv
	if len(argv) == 0 {
		argv = []string{""}
	}
	set("argv", strList(argv))
	set("orig_argv", strList(argv))
	set("path", strList(def.opts.Path))
	set("modules", in.Modules.Value())
	set("meta_path", object.NewList(nil).Value())
	set("path_hooks", object.NewList(nil).Value())
	set("path_importer_cache", object.NewDict().Value())
	set("executable", str(def.opts.Executable))
	version := def.opts.VersionString
	if version == "" {
		version = "3.13.0 (subpy " + Version + ") [Go " + runtime.Version() + "]"
	}
	set("version", str(version))
	set("hexversion", object.Int(HexVersion))
	set("api_version", object.Int(1013))
	vi := object.NewTuple([]object.Value{object.Int(3), object.Int(13), object.Int(0), str("final"), object.Int(0)})
	vinfo := object.FromHeap(&object.Tuple{Header: object.MakeHeader(object.AsType(helper("version_info"))), Items: vi.Items})
	set("version_info", vinfo)
	impl := object.Call(&t.Thread, helper("SimpleNamespace"), []object.Value{
		str("subpy"), object.None, vinfo, object.Int(HexVersion), str("x86_64-linux-gnu"),
	}, object.NewTuple([]object.Value{str("name"), str("cache_tag"), str("version"), str("hexversion"), str("_multiarch")}))
	if impl.IsNull() {
		return false
	}
	set("implementation", impl)
	set("byteorder", str("little"))
	set("maxsize", object.Int(gomath.MaxInt64))
	set("maxunicode", object.Int(0x10FFFF))
	set("platform", str("linux"))
	set("dont_write_bytecode", object.True)
	set("builtin_module_names", builtinNames(in))
	set("copyright", str("Copyright (c) subpy authors.\nAll Rights Reserved."))

	// stdout and stderr: minimal text files writing to the interpreter's
	// streams; print() writes to whatever sys.stdout is.
	writer := func(name string, stderr bool) object.Value {
		return object.NewBuiltin("write", m.Value(), func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
			vt := ot.Eval.(*vm.Thread)
			s, ok := object.AsStr(args[0])
			if len(args) != 1 || !ok {
				return ot.RaiseMsg(object.TypeErrorType, "write() argument must be str")
			}
			w := vt.Interpreter().Stdout
			if stderr {
				w = vt.Interpreter().Stderr
			}
			fmt.Fprint(w, s.String())
			return object.Int(int64(s.Len()))
		})
	}
	for i, name := range []string{"stdout", "stderr"} {
		errors := "strict"
		if i == 1 {
			errors = "backslashreplace"
		}
		f := object.Call(&t.Thread, helper("TextFile"), []object.Value{str("<" + name + ">"), writer(name, i == 1), object.Int(int64(i + 1)), str(errors)}, nil)
		if f.IsNull() {
			return false
		}
		set(name, f)
		set("__"+name+"__", f)
		if i == 0 {
			in.DefaultStdout = f
		}
	}

	fn("exit", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if kw.Len() != 0 {
			return t.RaiseMsg(object.TypeErrorType, "exit() takes no keyword arguments")
		}
		if len(args) > 1 {
			return t.Raisef(object.TypeErrorType, "exit expected at most 1 argument, got %d", len(args))
		}
		return t.Raise(object.NewException(object.SystemExitType, append([]object.Value(nil), args...)...))
	})
	fn("getrecursionlimit", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 0 {
			return t.Raisef(object.TypeErrorType, "sys.getrecursionlimit() takes no arguments (%d given)", len(args))
		}
		return object.Int(int64(t.Interpreter().RecursionLimit))
	})
	fn("setrecursionlimit", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !oneArg(t, "setrecursionlimit", args, kw) {
			return object.Null
		}
		if !object.IsInt(args[0]) {
			return t.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(args[0]).Name)
		}
		n, ok := object.AsInt64(args[0])
		if !ok || n > gomath.MaxInt32 {
			return t.RaiseMsg(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		if n < 1 {
			return t.RaiseMsg(object.ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		if d := t.Depth(); int(n) <= d {
			return t.Raisef(object.RecursionErrorType, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, d)
		}
		t.Interpreter().RecursionLimit = int(n)
		return object.None
	})
	// The switch interval lives in the interpreter's lock; without a
	// runtime (tests) it is kept here, per module.
	interval := 5 * gotime.Millisecond
	fn("getswitchinterval", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 0 {
			return t.Raisef(object.TypeErrorType, "sys.getswitchinterval() takes no arguments (%d given)", len(args))
		}
		if st := t.State(); st != nil {
			return object.Float(st.Interpreter().Lock().SwitchInterval().Seconds())
		}
		return object.Float(interval.Seconds())
	})
	fn("setswitchinterval", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !oneArg(t, "setswitchinterval", args, kw) {
			return object.Null
		}
		var x float64
		switch v := args[0]; {
		case v.IsFloat():
			x = v.FloatVal()
		case object.IsInt(v):
			f, ok := object.IntToFloat(&t.Thread, v)
			if !ok {
				return object.Null
			}
			x = f
		default:
			return t.Raisef(object.TypeErrorType, "must be real number, not %s", object.TypeOf(v).Name)
		}
		if !(x > 0) {
			return t.RaiseMsg(object.ValueErrorType, "switch interval must be strictly positive")
		}
		d := gotime.Duration(x * 1e9)
		if st := t.State(); st != nil {
			st.Interpreter().Lock().SetSwitchInterval(d)
		} else {
			interval = d
		}
		return object.None
	})
	fn("exc_info", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 0 {
			return t.Raisef(object.TypeErrorType, "sys.exc_info() takes no arguments (%d given)", len(args))
		}
		e := t.Handled
		if e == nil {
			return object.NewTuple([]object.Value{object.None, object.None, object.None}).Value()
		}
		return object.NewTuple([]object.Value{e.Type().Value(), e.Value(), e.TracebackValue()}).Value()
	})
	fn("exception", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 0 {
			return t.Raisef(object.TypeErrorType, "sys.exception() takes no arguments (%d given)", len(args))
		}
		if t.Handled == nil {
			return object.None
		}
		return t.Handled.Value()
	})
	fn("intern", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if !oneArg(t, "intern", args, kw) {
			return object.Null
		}
		if object.TypeOf(args[0]) != object.StrType {
			return t.Raisef(object.TypeErrorType, "intern() argument must be str, not %s", object.TypeOf(args[0]).Name)
		}
		return args[0]
	})
	fn("getdefaultencoding", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		return str("utf-8")
	})
	fn("getfilesystemencoding", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		return str("utf-8")
	})
	return true
}

func oneArg(t *vm.Thread, name string, args []object.Value, kw *object.Tuple) bool {
	if kw.Len() != 0 {
		t.Raisef(object.TypeErrorType, "%s() takes no keyword arguments", name)
		return false
	}
	if len(args) != 1 {
		t.Raisef(object.TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
		return false
	}
	return true
}

// builtinNames is sys.builtin_module_names: the modules installed at
// creation (sys itself and builtins included), sorted.
func builtinNames(in *vm.Interp) object.Value {
	names := []string{"builtins", "sys"}
	in.Modules.Items(func(k, _ object.Value) bool {
		if s, ok := object.AsStr(k); ok && s.String() != "builtins" && s.String() != "__main__" {
			names = append(names, s.String())
		}
		return true
	})
	names = append(names, "math", "time")
	vals := []object.Value{}
	seen := map[string]bool{}
	slices.Sort(names)
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
			vals = append(vals, object.NewStr(n).Value())
		}
	}
	return object.NewTuple(vals).Value()
}
