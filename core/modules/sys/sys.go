// Package sys is the builtin module sys: the interpreter's view of itself
// (argv, path, modules, version information, the recursion limit, the
// switch interval, stdout/stderr, the exception being handled, exit).
// New returns its vm.ModuleDef; each interpreter gets its own module,
// whose sys.modules is the interpreter's module table.
package sys

import (
	gomath "math"
	"runtime"
	"slices"
	gotime "time"

	"github.com/subpy/subpy/core/object"
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
	// Isolated, IgnoreEnvironment and NoSite are PyConfig's isolated,
	// !use_environment and !site_import (sys.flags).
	Isolated, IgnoreEnvironment, NoSite bool
}

// Module is the sys module's definition.
type Module struct{ opts Options }

// New returns the sys module definition for opts.
func New(opts Options) Module { return Module{opts} }

var _ vm.ModuleDef = Module{}

// Name implements vm.ModuleDef.
func (Module) Name() string { return "sys" }

// versionInfoType is sys.version_info's type, builtin and immutable.
var versionInfoType = object.NewStructSeqType("sys", "version_info",
	[]string{"major", "minor", "micro", "releaselevel", "serial"}, 5)

func strList(items []string) object.Value {
	vals := make([]object.Value, len(items))
	for i, s := range items {
		vals[i] = object.NewStr(s).Value()
	}
	return object.NewList(vals).Value()
}

// Exec implements vm.ModuleDef. What every interpreter shares (the
// builtin functions, constants, their names) is built once per process
// (sysShared); Exec adds the per-interpreter objects.
func (def Module) Exec(t *vm.Thread, m *object.Module) bool {
	d := m.Dict
	d.Reserve(d.Len() + len(sysShared) + 32)
	for _, e := range sysShared {
		d.SetStr(e.key, e.val)
	}
	set := func(name string, v object.Value) { d.SetStr(key(name), v) }
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
	if def.opts.VersionString != "" {
		set("version", str(def.opts.VersionString))
	}
	impl := object.Call(&t.Thread, object.SimpleNamespaceType.Value(), []object.Value{
		implName, object.None, versionInfo, object.Int(HexVersion), implMultiarch,
	}, implKeys)
	if impl.IsNull() {
		return false
	}
	set("implementation", impl)
	set("builtin_module_names", builtinNames(in))

	// stdin, stdout and stderr: text files on the interpreter's streams
	// (stdio.go); print() writes to whatever sys.stdout is.
	inf, out, errf := newStdio()
	set("stdin", inf)
	set("__stdin__", inf)
	set("stdout", out)
	set("__stdout__", out)
	set("stderr", errf)
	set("__stderr__", errf)
	in.DefaultStdout = out
	set("intern", newIntern())
	set("flags", newFlags(def.opts))
	set("warnoptions", object.NewList(nil).Value())
	set("_xoptions", object.NewDict().Value())
	prefix := str(prefixFor(def.opts.Executable))
	for _, n := range []string{"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"} {
		set(n, prefix)
	}
	set("displayhook", displayHook)
	set("__displayhook__", displayHook)
	set("excepthook", exceptHook)
	set("__excepthook__", exceptHook)
	return true
}

// sysEntry is a name of the sys namespace with its process-wide value.
type sysEntry struct {
	key *object.Str
	val object.Value
}

var (
	// versionInfo is sys.version_info: immutable, shared by interpreters.
	versionInfo = object.NewStructSeq(versionInfoType, []object.Value{object.Int(3), object.Int(13), object.Int(0),
		object.NewStr("final").Value(), object.Int(0)}, nil)
	implName      = object.NewStr("subpy").Value()
	implMultiarch = object.NewStr("x86_64-linux-gnu").Value()
	utf8          = object.NewStr("utf-8").Value()
	// sysKeys are the names Exec sets, made once (strs are immutable).
	sysKeys = makeKeys("argv", "orig_argv", "path", "modules", "meta_path", "path_hooks", "path_importer_cache",
		"executable", "version", "implementation", "builtin_module_names", "stdout", "__stdout__", "stderr", "__stderr__",
		"builtins", "sys", "math", "time", "stdin", "__stdin__", "intern", "flags", "warnoptions", "_xoptions",
		"prefix", "base_prefix", "exec_prefix", "base_exec_prefix", "displayhook", "__displayhook__", "excepthook",
		"__excepthook__")
	// sysShared are sys's immutable constants and builtin functions (they
	// act on the calling thread's interpreter).
	sysShared = newSysShared()
)

func makeKeys(names ...string) map[string]*object.Str {
	m := make(map[string]*object.Str, len(names))
	for _, n := range names {
		m[n] = object.NewStr(n)
	}
	return m
}

// key returns the str for name, shared when it is one of sysKeys.
func key(name string) *object.Str {
	if k, ok := sysKeys[name]; ok {
		return k
	}
	return object.NewStr(name)
}

func newSysShared() []sysEntry {
	var tab []sysEntry
	set := func(name string, v object.Value) { tab = append(tab, sysEntry{object.NewStr(name), v}) }
	fn := func(name string, f func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value) {
		set(name, object.NewBuiltin(name, object.Null, func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
			return f(ot.Eval.(*vm.Thread), args, kw)
		}))
	}
	str := func(s string) object.Value { return object.NewStr(s).Value() }
	set("version", str("3.13.0 (subpy "+Version+") [Go "+runtime.Version()+"]"))
	set("hexversion", object.Int(HexVersion))
	set("api_version", object.Int(1013))
	set("version_info", versionInfo)
	set("byteorder", str("little"))
	set("maxsize", object.Int(gomath.MaxInt64))
	set("maxunicode", object.Int(0x10FFFF))
	set("platform", str("linux"))
	set("dont_write_bytecode", object.True)
	set("copyright", str("Copyright (c) subpy authors.\nAll Rights Reserved."))
	addInfo(set, fn)
	fn("exit", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if kw.Len() != 0 {
			return t.RaiseMsg(object.TypeErrorType, "exit() takes no keyword arguments")
		}
		if len(args) > 1 {
			return t.Raisef(object.TypeErrorType, "exit expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 && args[0] == object.None {
			args = nil // sys.exit(None): SystemExit().args == (), as CPython
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
	// runtime (tests) it is kept in the engine's interpreter.
	fn("getswitchinterval", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 0 {
			return t.Raisef(object.TypeErrorType, "sys.getswitchinterval() takes no arguments (%d given)", len(args))
		}
		if st := t.State(); st != nil {
			return object.Float(st.Interpreter().Lock().SwitchInterval().Seconds())
		}
		return object.Float(t.Interpreter().SwitchInterval.Seconds())
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
			t.Interpreter().SwitchInterval = d
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
	fn("getdefaultencoding", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		return utf8
	})
	fn("getfilesystemencoding", func(t *vm.Thread, args []object.Value, kw *object.Tuple) object.Value {
		return utf8
	})
	return tab
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

// builtinNames is sys.builtin_module_names: the interpreter's builtin
// modules (builtins, sys and the lazily created ones included), sorted.
func builtinNames(in *vm.Interp) object.Value {
	names := in.BuiltinModuleNames()
	slices.Sort(names)
	names = slices.Compact(names)
	vals := make([]object.Value, len(names))
	for i, n := range names {
		vals[i] = key(n).Value()
	}
	return object.NewTuple(vals).Value()
}

// implKeys are the keyword names of sys.implementation's namespace
// (immutable, shared by all interpreters).
var implKeys = object.NewTuple([]object.Value{object.NewStr("name").Value(), object.NewStr("cache_tag").Value(),
	object.NewStr("version").Value(), object.NewStr("hexversion").Value(), object.NewStr("_multiarch").Value()})
