package interpreters

import (
	"strings"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/statestruct"
)

// interpreterModules returns _interpreters, concurrent and
// concurrent.interpreters. concurrent.interpreters calls addMessaging
// (messaging.go) to add create_queue, Queue, create_channel, select and
// their exceptions to its namespace.
func interpreterModules(eng Engine) []vm.ModuleDef {
	return []vm.ModuleDef{lowLevel{eng}, concurrentPkg{}, concurrentMod{eng}}
}

// lowLevel is the module _interpreters (CPython 3.13.0's names,
// signatures, return shapes and messages).
type lowLevel struct{ eng Engine }

// Name implements vm.ModuleDef.
func (lowLevel) Name() string { return "_interpreters" }

// Lazy implements vm.LazyModuleDef.
func (lowLevel) Lazy() bool { return true }

// stateKey keys the package's per-interpreter state (vm.Interp.ModuleState).
type stateKey struct{}

// classes are an interpreter's own exception classes of the package:
// classes are never shared between interpreters, so native code raises
// the calling interpreter's.
type classes struct {
	interpError, notFound, notShareable *object.Type
}

// newExcClass makes an exception class of module "interpreters" (where
// CPython 3.13 defines them).
func newExcClass(t *vm.Thread, name string, base *object.Type) *object.Type {
	ns := object.NewDict()
	ns.SetStr(object.NewStr("__module__"), object.NewStr("interpreters").Value())
	saved := t.Exc
	typ := object.NewClass(&t.Thread, object.TypeType, name, []object.Value{base.Value()}, ns)
	t.Exc = saved
	if typ == nil {
		return base
	}
	return typ
}

// classesOf returns the calling interpreter's exception classes, making
// them on first use.
func classesOf(t *vm.Thread) *classes {
	in := t.Interpreter()
	if c, ok := in.ModuleState(stateKey{}).(*classes); ok {
		return c
	}
	c := &classes{}
	c.interpError = newExcClass(t, "InterpreterError", object.ExceptionType)
	c.notFound = newExcClass(t, "InterpreterNotFoundError", c.interpError)
	c.notShareable = newExcClass(t, "NotShareableError", object.ValueErrorType)
	in.SetModuleState(stateKey{}, c)
	return c
}

// The public whence values (_interpreters.WHENCE_*): statestruct's
// numbering (CPython's internal one) minus one.
func whenceNames() []string {
	return []string{"WHENCE_UNKNOWN", "WHENCE_RUNTIME", "WHENCE_LEGACY_CAPI", "WHENCE_CAPI", "WHENCE_XI", "WHENCE_STDLIB"}
}

const whenceStdlib = 5

func publicWhence(w statestruct.Whence) int64 {
	if w <= statestruct.WhenceUnknown {
		return 0
	}
	return int64(w) - 1
}

// sig describes a native function's parameters for parseArgs, as
// CPython's PyArg_ParseTupleAndKeywords sees them.
type sig struct {
	fname string   // the name in messages ("create", "_interpreters.exec")
	names []string // parameters in order
	npos  int      // how many may be given by position (the rest are keyword-only)
	nreq  int      // how many are required
}

// sigBuiltin makes the module function name of m: its arguments are
// parsed by sg (3.13's argument-clinic messages), then f runs.
func sigBuiltin(m *object.Module, name string, sg *sig, f func(t *vm.Thread, a []object.Value) object.Value) object.Value {
	return object.NewBuiltin(name, m.Value(), func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		t := ot.Eval.(*vm.Thread)
		a, ok := parseArgs(t, sg, args, kw)
		if !ok {
			return object.Null
		}
		return f(t, a)
	})
}

// parseArgs binds a native call's arguments (positional first, then the
// values of kw's names) to s's parameters; unset ones are NULL.
func parseArgs(t *vm.Thread, s *sig, args []object.Value, kw *object.Tuple) ([]object.Value, bool) {
	nkw := kw.Len()
	npos := len(args) - nkw
	plural := func(n int) string {
		if n == 1 {
			return ""
		}
		return "s"
	}
	if len(args) > len(s.names) {
		kwWord := ""
		if npos == 0 {
			kwWord = "keyword "
		}
		t.Raisef(object.TypeErrorType, "%s() takes at most %d %sargument%s (%d given)", s.fname, len(s.names), kwWord, plural(len(s.names)), len(args))
		return nil, false
	}
	if npos > s.npos {
		if s.npos == 0 {
			t.Raisef(object.TypeErrorType, "%s() takes no positional arguments", s.fname)
		} else {
			t.Raisef(object.TypeErrorType, "%s() takes at most %d positional argument%s (%d given)", s.fname, s.npos, plural(s.npos), npos)
		}
		return nil, false
	}
	out := make([]object.Value, len(s.names))
	copy(out, args[:npos])
	// CPython's order: missing required arguments first, then a name
	// also given by position, then unknown names.
	dup, unknown := -1, ""
	for i := 0; i < nkw; i++ {
		k, _ := object.AsStr(kw.Items[i])
		j := -1
		for x, n := range s.names {
			if n == k.String() {
				j = x
				break
			}
		}
		switch {
		case j < 0:
			if unknown == "" {
				unknown = k.String()
			}
		case j < npos:
			if dup < 0 {
				dup = j
			}
		default:
			out[j] = args[npos+i]
		}
	}
	for i := 0; i < s.nreq; i++ {
		if out[i].IsNull() {
			t.Raisef(object.TypeErrorType, "%s() missing required argument '%s' (pos %d)", s.fname, s.names[i], i+1)
			return nil, false
		}
	}
	if dup >= 0 {
		t.Raisef(object.TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", s.fname, s.names[dup], dup+1)
		return nil, false
	}
	if unknown != "" {
		t.Raisef(object.TypeErrorType, "%s() got an unexpected keyword argument '%s'", s.fname, unknown)
		return nil, false
	}
	return out, true
}

// flag is a "p" argument: NULL is false.
func flag(t *vm.Thread, v object.Value) (bool, bool) {
	if v.IsNull() {
		return false, true
	}
	r := object.Truth(&t.Thread, v)
	return r > 0, r >= 0
}

// runtimeOf returns the runtime and the caller's thread state, or raises
// InterpreterError when t runs without one (tests of the bare VM).
func runtimeOf(t *vm.Thread) (*statestruct.Runtime, *statestruct.Thread) {
	st := t.State()
	if st == nil {
		t.RaiseMsg(classesOf(t).interpError, "no runtime: interpreters are not available")
		return nil, nil
	}
	return st.Interpreter().Runtime(), st
}

// interpID converts an interpreter ID argument.
func interpID(t *vm.Thread, v object.Value) (int64, bool) {
	if !object.IsInt(v) && !object.HasIndex(v) {
		t.Raisef(object.TypeErrorType, "interpreter ID must be an int, got %s", object.TypeOf(v).Name)
		return 0, false
	}
	iv, ok := object.IndexValue(&t.Thread, v)
	if !ok {
		return 0, false
	}
	id, ok := object.AsInt64(iv)
	if !ok {
		t.RaiseMsg(object.OverflowErrorType, "int too big to convert")
		return 0, false
	}
	if id < 0 {
		t.Raisef(object.ValueErrorType, "interpreter ID must be a non-negative int, got %d", id)
		return 0, false
	}
	return id, true
}

// lookup finds the interpreter an ID argument names. With restrict,
// only interpreters made by _interpreters are found; what says what the
// caller wanted ("exec code for") in that error.
func lookup(t *vm.Thread, v object.Value, restrict bool, what string) *statestruct.Interpreter {
	id, ok := interpID(t, v)
	if !ok {
		return nil
	}
	rt, _ := runtimeOf(t)
	if rt == nil {
		return nil
	}
	in := rt.InterpreterByID(id)
	if in == nil {
		t.Raisef(classesOf(t).notFound, "unrecognized interpreter ID %d", id)
		return nil
	}
	if restrict && publicWhence(in.Whence()) != whenceStdlib {
		t.Raisef(classesOf(t).interpError, "cannot %s unrecognized interpreter %d", what, id)
		return nil
	}
	return in
}

// idTuple is (id, whence) as list_all and get_current return it.
func idTuple(in *statestruct.Interpreter) object.Value {
	return object.NewTuple([]object.Value{object.Int(in.ID()), object.Int(publicWhence(in.Whence()))}).Value()
}

func isRunning(in *statestruct.Interpreter) bool { return in.IsMain() || in.RunningMain.Load() }

// Exec implements vm.ModuleDef.
func (l lowLevel) Exec(t *vm.Thread, m *object.Module) bool {
	c := classesOf(t)
	d := m.Dict
	set := func(name string, v object.Value) { d.SetStr(object.NewStr(name), v) }
	set("InterpreterError", c.interpError.Value())
	set("InterpreterNotFoundError", c.notFound.Value())
	set("NotShareableError", c.notShareable.Value())
	for i, n := range whenceNames() {
		set(n, object.Int(int64(i)))
	}
	// fn defines a function taking keywords, parsed by s.
	fn := func(s sig, f func(t *vm.Thread, a []object.Value) object.Value) {
		name := s.fname[strings.LastIndexByte(s.fname, '.')+1:]
		set(name, sigBuiltin(m, name, &s, f))
	}
	noArgs := func(name string, f func(t *vm.Thread) object.Value) {
		set(name, object.NewBuiltin(name, m.Value(), func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
			if kw.Len() != 0 {
				return ot.Raisef(object.TypeErrorType, "_interpreters.%s() takes no keyword arguments", name)
			}
			if len(args) != 0 {
				return ot.Raisef(object.TypeErrorType, "_interpreters.%s() takes no arguments (%d given)", name, len(args))
			}
			return f(ot.Eval.(*vm.Thread))
		}))
	}
	eng := l.eng

	fn(sig{"create", []string{"config", "reqrefs"}, 1, 0}, func(t *vm.Thread, a []object.Value) object.Value {
		cfg, ok := configArg(t, a[0])
		if !ok {
			return object.Null
		}
		reqrefs, ok := flag(t, a[1])
		if !ok {
			return object.Null
		}
		in := createInterp(t, eng, cfg)
		if in == nil {
			return object.Null
		}
		in.ReqRefs.Store(reqrefs)
		return object.Int(in.ID())
	})
	fn(sig{"destroy", []string{"id", "restrict"}, 1, 1}, func(t *vm.Thread, a []object.Value) object.Value {
		restrict, ok := flag(t, a[1])
		if !ok {
			return object.Null
		}
		in := lookup(t, a[0], restrict, "destroy")
		if in == nil || !destroyInterp(t, eng, in) {
			return object.Null
		}
		return object.None
	})
	fn(sig{"_interpreters.list_all", []string{"require_ready"}, 0, 0}, func(t *vm.Thread, a []object.Value) object.Value {
		if _, ok := flag(t, a[0]); !ok {
			return object.Null
		}
		rt, _ := runtimeOf(t)
		if rt == nil {
			return object.Null
		}
		all := rt.Interpreters() // newest first
		out := make([]object.Value, 0, len(all))
		for i := len(all) - 1; i >= 0; i-- {
			out = append(out, idTuple(all[i]))
		}
		return object.NewList(out).Value()
	})
	noArgs("get_current", func(t *vm.Thread) object.Value {
		_, st := runtimeOf(t)
		if st == nil {
			return object.Null
		}
		return idTuple(st.Interpreter())
	})
	noArgs("get_main", func(t *vm.Thread) object.Value {
		rt, _ := runtimeOf(t)
		if rt == nil {
			return object.Null
		}
		return idTuple(rt.Main())
	})
	fn(sig{"_interpreters.set___main___attrs", []string{"id", "updates", "restrict"}, 2, 2}, func(t *vm.Thread, a []object.Value) object.Value {
		restrict, ok := flag(t, a[2])
		if !ok {
			return object.Null
		}
		in := lookup(t, a[0], restrict, "update __main__ for")
		if in == nil {
			return object.Null
		}
		if a[1] == object.None {
			return object.None
		}
		// As CPython 3.13: the size is checked first (any sized object),
		// then the type.
		n := object.Len(&t.Thread, a[1])
		if n < 0 {
			return object.Null
		}
		if n == 0 {
			return t.RaiseMsg(object.ValueErrorType, "arg 2 must be a non-empty mapping")
		}
		d, ok := object.AsDict(a[1])
		if !ok {
			return t.RaiseMsg(object.TypeErrorType, "expected a dict")
		}
		ns, ok := sharedNS(t, d)
		if !ok {
			return object.Null
		}
		if _, ok := runIn(t, eng, in, func(tt *vm.Thread) bool { return setMain(tt, ns) }); !ok {
			return object.Null
		}
		return object.None
	})
	execLike := func(fname, what string, kinds int) func(t *vm.Thread, a []object.Value) object.Value {
		return func(t *vm.Thread, a []object.Value) object.Value {
			restrict, ok := flag(t, a[3])
			if !ok {
				return object.Null
			}
			in := lookup(t, a[0], restrict, what)
			if in == nil {
				return object.Null
			}
			job, ok := prepareRun(t, fname, a[1], kinds)
			if !ok {
				return object.Null
			}
			var ns []nsItem
			if !a[2].IsNull() && a[2] != object.None {
				d, ok := object.AsDict(a[2])
				if !ok {
					return t.RaiseMsg(object.TypeErrorType, "expected a dict")
				}
				if ns, ok = sharedNS(t, d); !ok {
					return object.Null
				}
			}
			snap, ok := runIn(t, eng, in, func(tt *vm.Thread) bool {
				return setMain(tt, ns) && job.run(tt)
			})
			if !ok {
				return object.Null
			}
			return snap.value(t)
		}
	}
	fn(sig{"_interpreters.exec", []string{"id", "code", "shared", "restrict"}, 3, 2}, execLike("_interpreters.exec", "exec code for", runStr|runFunc|runCode))
	fn(sig{"_interpreters.run_string", []string{"id", "script", "shared", "restrict"}, 3, 2}, execLike("_interpreters.run_string", "run a string in", runStr))
	fn(sig{"_interpreters.run_func", []string{"id", "func", "shared", "restrict"}, 3, 2}, execLike("_interpreters.exec", "run a function in", runFunc|runCode))
	fn(sig{"_interpreters.call", []string{"id", "callable", "args", "kwargs", "restrict"}, 4, 2}, func(t *vm.Thread, a []object.Value) object.Value {
		restrict, ok := flag(t, a[4])
		if !ok {
			return object.Null
		}
		in := lookup(t, a[0], restrict, "make a call in")
		if in == nil {
			return object.Null
		}
		if !a[2].IsNull() {
			return t.RaiseMsg(object.ValueErrorType, "got unexpected args")
		}
		if !a[3].IsNull() {
			return t.RaiseMsg(object.ValueErrorType, "got unexpected kwargs")
		}
		if _, ok := object.AsFunction(a[1]); !ok {
			got := object.TypeOf(a[1]).Name
			if a[1] == object.None {
				got = "None"
			}
			return t.Raisef(object.TypeErrorType, "_interpreters.call() argument 2 must be a function, not %s", got)
		}
		job, ok := prepareRun(t, "_interpreters.call", a[1], runFunc)
		if !ok {
			return object.Null
		}
		snap, ok := runIn(t, eng, in, job.run)
		if !ok {
			return object.Null
		}
		return snap.value(t)
	})
	fn(sig{"is_shareable", []string{"obj"}, 1, 1}, func(t *vm.Thread, a []object.Value) object.Value {
		return object.Bool(shareable(a[0]))
	})
	fn(sig{"is_running", []string{"id", "restrict"}, 1, 1}, func(t *vm.Thread, a []object.Value) object.Value {
		restrict, ok := flag(t, a[1])
		if !ok {
			return object.Null
		}
		in := lookup(t, a[0], restrict, "check if running for")
		if in == nil {
			return object.Null
		}
		return object.Bool(isRunning(in))
	})
	fn(sig{"get_config", []string{"id", "restrict"}, 1, 1}, func(t *vm.Thread, a []object.Value) object.Value {
		restrict, ok := flag(t, a[1])
		if !ok {
			return object.Null
		}
		in := lookup(t, a[0], restrict, "get the config of")
		if in == nil {
			return object.Null
		}
		cfg := in.Config()
		if cfg.Lock == statestruct.LockDefault {
			cfg.Lock = statestruct.LockShared
		}
		return configNS(t, cfg)
	})
	fn(sig{"whence", []string{"id"}, 1, 1}, func(t *vm.Thread, a []object.Value) object.Value {
		in := lookup(t, a[0], false, "")
		if in == nil {
			return object.Null
		}
		return object.Int(publicWhence(in.Whence()))
	})
	fn(sig{"incref", []string{"id", "implieslink", "restrict"}, 1, 1}, func(t *vm.Thread, a []object.Value) object.Value {
		implieslink, ok := flag(t, a[1])
		if !ok {
			return object.Null
		}
		restrict, ok := flag(t, a[2])
		if !ok {
			return object.Null
		}
		in := lookup(t, a[0], restrict, "incref")
		if in == nil {
			return object.Null
		}
		if implieslink {
			in.ReqRefs.Store(true) // the decref to zero destroys it
		}
		in.XIRefs.Add(1)
		return object.None
	})
	fn(sig{"decref", []string{"id", "restrict"}, 1, 1}, func(t *vm.Thread, a []object.Value) object.Value {
		restrict, ok := flag(t, a[1])
		if !ok {
			return object.Null
		}
		in := lookup(t, a[0], restrict, "decref")
		if in == nil {
			return object.Null
		}
		// As CPython 3.13 (without assertions): the count may go below
		// zero; the decref that brings it to zero destroys an interpreter
		// that requires references (quietly kept when it is running or
		// the caller's).
		if in.XIRefs.Add(-1) == 0 && in.ReqRefs.Load() {
			_, st := runtimeOf(t)
			if st != nil && st.Interpreter() != in && !isRunning(in) && !destroyInterp(t, eng, in) {
				t.Clear()
			}
		}
		return object.None
	})
	fn(sig{"capture_exception", []string{"exc"}, 1, 0}, func(t *vm.Thread, a []object.Value) object.Value {
		if a[0].IsNull() || a[0] == object.None {
			return object.None
		}
		exc, ok := object.AsException(a[0])
		if !ok {
			r := object.ReprValue(&t.Thread, a[0])
			if r.IsNull() {
				return object.Null
			}
			s, _ := object.AsStr(r)
			return t.Raisef(object.TypeErrorType, "expected exception, got %s", s.String())
		}
		return snapshot(t, exc).value(t)
	})
	set("new_config", object.NewBuiltin("new_config", m.Value(), func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		th := ot.Eval.(*vm.Thread)
		npos := len(args) - kw.Len()
		if npos > 1 {
			return ot.Raisef(object.TypeErrorType, "_interpreters.new_config() takes at most 1 argument (%d given)", npos)
		}
		name := "isolated"
		if npos == 1 {
			s, ok := object.AsStr(args[0])
			if !ok {
				r := object.TypeOf(args[0]).Name
				if args[0] == object.None {
					r = "None"
				}
				return ot.Raisef(object.TypeErrorType, "_interpreters.new_config() argument 1 must be str, not %s", r)
			}
			name = s.String()
		}
		cfg, ok := namedConfig(th, name)
		if !ok {
			return object.Null
		}
		if kw.Len() == 0 {
			return configNS(th, cfg)
		}
		over := object.NewDict()
		for i, k := range kw.Items {
			over.SetItem(ot, k, args[npos+i])
		}
		base := configNS(th, cfg)
		bd := object.GetAttr(ot, base, object.NewStr("__dict__"))
		if bd.IsNull() {
			return object.Null
		}
		bdict, _ := object.AsDict(bd)
		over.Items(func(k, v object.Value) bool {
			bdict.SetItem(ot, k, v)
			return true
		})
		if _, ok := configFromDict(th, bdict); !ok {
			return object.Null
		}
		return base
	}))
	return true
}

// The config fields of a SimpleNamespace, in CPython's order.
func configFields() []string {
	return []string{"use_main_obmalloc", "allow_fork", "allow_exec", "allow_threads",
		"allow_daemon_threads", "check_multi_interp_extensions", "gil"}
}

// namedConfig is new_config's named starting point.
func namedConfig(t *vm.Thread, name string) (statestruct.InterpreterConfig, bool) {
	switch name {
	case "", "isolated", "default":
		return statestruct.InterpreterConfig{AllowThreads: true, CheckMultiInterpExtensions: true, Lock: statestruct.LockOwn}, true
	case "legacy":
		return statestruct.LegacyInterpreterConfig(), true
	}
	t.Raisef(object.ValueErrorType, "unsupported config name '%s'", name)
	return statestruct.InterpreterConfig{}, false
}

// configNS is a config as a types.SimpleNamespace.
func configNS(t *vm.Thread, c statestruct.InterpreterConfig) object.Value {
	gil := "default"
	switch c.Lock {
	case statestruct.LockShared:
		gil = "shared"
	case statestruct.LockOwn:
		gil = "own"
	}
	vals := []object.Value{object.Bool(c.UseMainObmalloc), object.Bool(c.AllowFork), object.Bool(c.AllowExec),
		object.Bool(c.AllowThreads), object.Bool(c.AllowDaemonThreads), object.Bool(c.CheckMultiInterpExtensions),
		object.NewStr(gil).Value()}
	names := make([]object.Value, len(configFields()))
	for i, f := range configFields() {
		names[i] = object.NewStr(f).Value()
	}
	return object.Call(&t.Thread, object.SimpleNamespaceType.Value(), vals, object.NewTuple(names))
}

// configFromDict reads a config namespace's __dict__ as CPython 3.13
// does: every field present with its type, no extra item.
func configFromDict(t *vm.Thread, d *object.Dict) (statestruct.InterpreterConfig, bool) {
	var c statestruct.InterpreterConfig
	rest := d.Copy()
	bools := []*bool{&c.UseMainObmalloc, &c.AllowFork, &c.AllowExec, &c.AllowThreads, &c.AllowDaemonThreads, &c.CheckMultiInterpExtensions}
	for i, f := range configFields() {
		key := object.NewStr(f)
		v := rest.GetStr(key)
		if v.IsNull() {
			t.Raisef(object.ValueErrorType, "missing config key: %s", f)
			return c, false
		}
		rest.DelItem(&t.Thread, key.Value())
		if i < len(bools) {
			if object.TypeOf(v) != object.BoolType {
				t.Raisef(object.TypeErrorType, "invalid config type: %s", f)
				return c, false
			}
			*bools[i] = v == object.True
			continue
		}
		s, ok := object.AsStr(v)
		if !ok {
			t.Raisef(object.TypeErrorType, "invalid config type: %s", f)
			return c, false
		}
		switch s.String() {
		case "default":
			c.Lock = statestruct.LockDefault
		case "shared":
			c.Lock = statestruct.LockShared
		case "own":
			c.Lock = statestruct.LockOwn
		default:
			r := object.Repr(&t.Thread, v)
			t.Raisef(object.ValueErrorType, "unsupported interpreter config .gil value %s", r.String())
			return c, false
		}
	}
	if n := rest.Len(); n > 0 {
		r := object.Repr(&t.Thread, rest.Value())
		if r == nil {
			return c, false
		}
		s := "s"
		if n == 1 {
			s = ""
		}
		t.Raisef(object.ValueErrorType, "config dict has %d extra item%s (%s)", n, s, r.String())
		return c, false
	}
	return c, true
}

// configArg is create()'s config argument: None, a name, or a namespace.
func configArg(t *vm.Thread, v object.Value) (statestruct.InterpreterConfig, bool) {
	if v.IsNull() || v == object.None {
		return namedConfig(t, "isolated")
	}
	if s, ok := object.AsStr(v); ok {
		return namedConfig(t, s.String())
	}
	if object.TypeOf(v) == object.SimpleNamespaceType {
		dv := object.GetAttr(&t.Thread, v, object.NewStr("__dict__"))
		if d, ok := object.AsDict(dv); ok {
			return configFromDict(t, d)
		}
		t.Clear()
	}
	r := object.Repr(&t.Thread, v)
	if r == nil {
		return statestruct.InterpreterConfig{}, false
	}
	t.Raisef(object.TypeErrorType, "bad config %s", r.String())
	return statestruct.InterpreterConfig{}, false
}

// nsItem is one name crossing into another interpreter's __main__.
type nsItem struct {
	name *object.Str
	val  object.Value
}

// sharedNS checks a dict of names to set in another interpreter's
// __main__: str keys, shareable values (3.13's set___main___attrs and
// exec's shared).
func sharedNS(t *vm.Thread, d *object.Dict) ([]nsItem, bool) {
	var out []nsItem
	ok := true
	d.Items(func(k, v object.Value) bool {
		s, isStr := object.AsStr(k)
		if !isStr || object.TypeOf(k) != object.StrType {
			t.RaiseMsg(object.TypeErrorType, "bad argument type for built-in operation")
			ok = false
			return false
		}
		if !shareable(v) {
			r := object.Repr(&t.Thread, v)
			if r != nil {
				t.Raisef(classesOf(t).notShareable, "%s does not support cross-interpreter data", r.String())
			}
			ok = false
			return false
		}
		if v = crossValue(t, v); v.IsNull() {
			ok = false
			return false
		}
		out = append(out, nsItem{s, v})
		return true
	})
	return out, ok
}

// setMain binds ns in tt's __main__.
func setMain(tt *vm.Thread, ns []nsItem) bool {
	md := tt.Interpreter().Main.Dict
	for _, it := range ns {
		md.SetStr(it.name, it.val)
	}
	return true
}
