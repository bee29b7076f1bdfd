package vm

import (
	"io"
	"os"
	"time"
	"weak"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/statestruct"
)

// ModuleDef is implemented by builtin modules (core/builtins,
// core/modules/*): interpreter creation runs Exec on a fresh module for
// each definition in Config.Modules.
type ModuleDef interface {
	// Name is the module's name in sys.modules.
	Name() string
	// Exec fills the module's namespace. It returns false with an
	// exception set on t on failure.
	Exec(t *Thread, m *object.Module) bool
}

// LazyModuleDef is a ModuleDef whose module is created on its first
// import instead of at interpreter creation (CPython creates only sys and
// builtins at startup; math, time... are created by the import system).
type LazyModuleDef interface {
	ModuleDef
	// Lazy reports whether the module waits for its first import.
	Lazy() bool
}

func isLazy(def ModuleDef) bool {
	l, ok := def.(LazyModuleDef)
	return ok && l.Lazy()
}

// Config configures a new interpreter's engine. The zero value is usable.
type Config struct {
	// Modules are the builtin modules to install besides builtins.
	Modules []ModuleDef
	// Stdout and Stderr receive print() output and tracebacks (default:
	// os.Stdout, os.Stderr).
	Stdout, Stderr io.Writer
	// RecursionLimit is sys.getrecursionlimit() (default 1000).
	RecursionLimit int
	// Importer loads modules missing from sys.modules (nil: only what is
	// in sys.modules can be imported).
	Importer Importer
}

// Interp is the engine's per-interpreter state, kept in
// statestruct.Interpreter.Engine. It is touched only by the thread that
// holds the interpreter's lock.
type Interp struct {
	obj      *object.Interp
	Builtins *object.Dict
	Modules  *object.Dict // sys.modules
	Main     *object.Module
	Stdout   io.Writer
	Stderr   io.Writer
	// RecursionLimit is sys.getrecursionlimit().
	RecursionLimit int
	// SwitchInterval is sys.getswitchinterval() when the interpreter runs
	// without a runtime (tests); otherwise its lock holds it.
	SwitchInterval time.Duration
	// LineCache holds the source lines of code that has no file, by file
	// name (CPython's linecache entry for `python -c`'s "<string>"):
	// tracebacks look here before reading a file. Written by
	// core/lifecycle under the interpreter's lock.
	LineCache map[string][]string
	// DefaultStdout is the sys module's own sys.stdout object: print()
	// writes to Stdout directly while sys.stdout is still this object,
	// and calls sys.stdout.write otherwise (NULL: no sys module).
	DefaultStdout object.Value
	importer      Importer
	// Handles maps the C API's object headers to values (handles.go).
	Handles HandleTable
	// defs are the builtin module definitions (Config.Modules).
	defs []ModuleDef
	// pendingWrites are the open() files with buffered writes
	// (builtins_open_buf.go).
	pendingWrites map[*writeBuf]weak.Pointer[fileObj]
	// moduleState holds builtin modules' per-interpreter state by key
	// (ModuleState): what a native type's methods need in whichever
	// interpreter calls them, e.g. the interpreter's own exception classes.
	moduleState map[any]any
}

// ModuleState returns the state a builtin module keeps in this
// interpreter under key (a value of a type private to that module), or
// nil. Touched only under the interpreter's lock.
func (in *Interp) ModuleState(key any) any { return in.moduleState[key] }

// SetModuleState stores a builtin module's per-interpreter state under key.
func (in *Interp) SetModuleState(key, state any) {
	if in.moduleState == nil {
		in.moduleState = make(map[any]any)
	}
	in.moduleState[key] = state
}

// BuiltinModuleNames returns the names of the interpreter's builtin
// modules (builtins and Config.Modules, created or not), in definition
// order: sys.builtin_module_names.
func (in *Interp) BuiltinModuleNames() []string {
	names := make([]string, 0, len(in.defs)+1)
	names = append(names, "builtins")
	for _, def := range in.defs {
		names = append(names, def.Name())
	}
	return names
}

// builtinModule creates the lazy builtin module called name on its first
// import and puts it in sys.modules; NULL when there is none (with t.Exc
// set when its creation failed).
func (t *Thread) builtinModule(name string) object.Value {
	for _, def := range t.interp.defs {
		if def.Name() != name || !isLazy(def) {
			continue
		}
		m := object.NewModule(name)
		if !def.Exec(t, m) {
			return object.Null
		}
		t.interp.Modules.SetStr(object.NewStr(name), m.Value())
		return m.Value()
	}
	return object.Null
}

// Names interpreter creation uses (strs are immutable and shareable).
var (
	strBuiltins       = object.NewStr("builtins")
	strDunderBuiltins = object.NewStr("__builtins__")
	strPackage        = object.NewStr("__package__")
	strSpec           = object.NewStr("__spec__")
	strLoader         = object.NewStr("__loader__")
	strMain           = object.NewStr("__main__")
)

// builtinsTemplate is the builtins namespace, built once per process at
// package initialization and never written afterwards: each interpreter
// starts from a copy of it (its builtin functions and types are immutable
// and shared, as the builtin types are; they act on the calling thread's
// interpreter).
var builtinsTemplate = newBuiltinsTemplate()

func newBuiltinsTemplate() *object.Dict {
	m := object.NewModule("builtins")
	installBuiltins(nil, m)
	return m.Dict.Copy() // compact: the copies clone its tables
}

// NewInterp creates an interpreter's engine state with its builtins and
// __main__ and the modules of cfg.
func NewInterp(cfg Config) (*Interp, *Thread, error) {
	in := &Interp{obj: object.NewInterp(), Modules: object.NewDict(), Stdout: cfg.Stdout, Stderr: cfg.Stderr,
		RecursionLimit: cfg.RecursionLimit, SwitchInterval: 5 * time.Millisecond, importer: cfg.Importer, defs: cfg.Modules}
	if in.Stdout == nil {
		in.Stdout = os.Stdout
	}
	if in.Stderr == nil {
		in.Stderr = os.Stderr
	}
	if in.RecursionLimit <= 0 {
		in.RecursionLimit = 1000
	}
	in.Modules.Reserve(len(cfg.Modules) + 2)
	t := in.NewThread(nil)
	bm := object.NewModuleDict(builtinsTemplate.Copy())
	in.Builtins = bm.Dict
	in.Modules.SetStr(strBuiltins, bm.Value())
	for _, def := range cfg.Modules {
		if isLazy(def) {
			continue
		}
		m := object.NewModule(def.Name())
		if !def.Exec(t, m) {
			return nil, nil, t.takeError()
		}
		in.Modules.SetStr(object.NewStr(def.Name()), m.Value())
	}
	in.Main = object.NewModule("__main__")
	in.Main.Dict.Reserve(8)
	in.Main.Dict.SetStr(strDunderBuiltins, bm.Value())
	// A script's __main__ has no package and no spec (CPython sets both
	// to None): relative imports in it fail with CPython's message.
	in.Main.Dict.SetStr(strPackage, object.None)
	in.Main.Dict.SetStr(strSpec, object.None)
	in.Main.Dict.SetStr(strLoader, object.None)
	in.Modules.SetStr(strMain, in.Main.Value())
	return in, t, nil
}

// NewThread makes a thread state of the interpreter; st is the
// statestruct thread it runs for (nil in tests without a runtime).
func (in *Interp) NewThread(st *statestruct.Thread) *Thread {
	t := &Thread{interp: in, st: st}
	t.Thread.Interp = in.obj
	t.Thread.Eval = t
	if st != nil {
		t.lock = st.Interpreter().Lock()
	}
	return t
}

// Interpreter returns the interpreter t belongs to (for layer-7 modules:
// sys.modules, the recursion limit, the output streams).
func (t *Thread) Interpreter() *Interp { return t.interp }

// State returns the statestruct thread t runs for (nil in tests without a
// runtime): blocking builtins release its interpreter's lock through it.
func (t *Thread) State() *statestruct.Thread { return t.st }

// Depth returns the current Python recursion depth.
func (t *Thread) Depth() int { return t.depth }
