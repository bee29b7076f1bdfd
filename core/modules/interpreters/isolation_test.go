package interpreters

import (
	"testing"
	"unsafe"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/statestruct"
)

// reach collects the heap objects reachable from v through containers,
// modules, functions and code objects, leaving out what may be shared
// between interpreters (shareable values, builtin functions and types).
func reach(v object.Value, seen map[unsafe.Pointer]string) {
	if v.IsNull() || !v.IsHeap() || shareable(v) {
		return
	}
	if _, ok := object.AsBuiltin(v); ok {
		return
	}
	if object.AsType(v) != nil {
		return
	}
	// Instances of builtin (static) types other than the containers,
	// modules, functions and code are the VM's process-wide immutable
	// objects (Ellipsis, NotImplemented, exit, help...).
	switch typ := object.TypeOf(v); typ {
	case object.DictType, object.ListType, object.TupleType, object.SetType, object.FrozenSetType,
		object.ByteArrayType, object.ModuleType, object.FunctionType, object.CodeType:
	default:
		if !typ.IsHeapType() {
			return
		}
	}
	p := v.Ptr()
	if _, ok := seen[p]; ok {
		return
	}
	seen[p] = object.TypeOf(v).Name
	switch {
	case object.TypeOf(v) == object.DictType:
		d, _ := object.AsDict(v)
		d.Items(func(k, val object.Value) bool {
			reach(k, seen)
			reach(val, seen)
			return true
		})
	case object.TypeOf(v) == object.ListType:
		l, _ := object.AsList(v)
		for _, it := range l.Items {
			reach(it, seen)
		}
	case object.TypeOf(v) == object.TupleType:
		tu, _ := object.AsTuple(v)
		for _, it := range tu.Items {
			reach(it, seen)
		}
	}
	if m, ok := object.AsModule(v); ok {
		reach(m.Dict.Value(), seen)
	}
	if f, ok := object.AsFunction(v); ok {
		reach(f.Code.Value(), seen)
		reach(f.Globals.Value(), seen)
		if f.Defaults != nil {
			reach(f.Defaults.Value(), seen)
		}
		if f.KwDefaults != nil {
			reach(f.KwDefaults.Value(), seen)
		}
	}
	if c, ok := object.AsCode(v); ok {
		for _, k := range c.Consts {
			reach(k, seen)
		}
	}
}

func engineOf(in *statestruct.Interpreter) *vm.Interp {
	vi, _ := in.Engine.(*vm.Interp)
	return vi
}

// TestIsolation: after values, functions and code crossed both ways, no
// object of one interpreter is reachable from the other's sys.modules,
// builtins and __main__, except the shareable ones.
func TestIsolation(t *testing.T) {
	tr := newRuntime(t)
	tr.run(t, `
import _interpreters as I
from concurrent import interpreters as ci
interp = ci.create()
data = [1, 'two', (3, [4]), {'five': {6}}, bytearray(b'7')]
interp.prepare_main(data=data, more={'k': data})
def keep(x, y=[0], *, z={'z': 1}):
    global kept, inner
    kept = (x, y, z)
    inner = lambda: 0
    return [x, kept]
r = interp.call(keep, data)
assert r[0] == data and r[0] is not data
def local_inner():
    global inner
    inner = lambda: 0
local_inner()
interp.exec(local_inner)
interp.exec('mine = [object(), {}]; import _interpreters as J; cls = J.InterpreterError')
try:
    interp.exec('raise J.InterpreterError("x")')
except ci.ExecutionFailed as e:
    failed = e
assert type(failed.excinfo.msg) is str
`)
	main := tr.rt.Main()
	var sub *statestruct.Interpreter
	for _, in := range tr.rt.Interpreters() {
		if !in.IsMain() {
			sub = in
		}
	}
	mi, si := engineOf(main), engineOf(sub)
	if mi.Modules == si.Modules || mi.Builtins == si.Builtins || mi.Main == si.Main {
		t.Fatal("interpreters share sys.modules, builtins or __main__")
	}
	roots := func(vi *vm.Interp) map[unsafe.Pointer]string {
		seen := map[unsafe.Pointer]string{}
		reach(vi.Modules.Value(), seen)
		reach(vi.Builtins.Value(), seen)
		reach(vi.Main.Value(), seen)
		return seen
	}
	a, b := roots(mi), roots(si)
	if len(a) < 10 || len(b) < 10 {
		t.Fatalf("walk too small: %d, %d", len(a), len(b))
	}
	for p, what := range a {
		if _, ok := b[p]; ok {
			t.Errorf("a %s object is reachable from both interpreters", what)
		}
	}
	// The nested code object of the function run in the other
	// interpreter is its own copy.
	get := func(vi *vm.Interp, name string) object.Value {
		return vi.Main.Dict.GetStr(object.NewStr(name))
	}
	fm, _ := object.AsFunction(get(mi, "inner"))
	fs, _ := object.AsFunction(get(si, "inner"))
	if fm == nil || fs == nil || fm.Code == fs.Code {
		t.Error("code object shared")
	}
	// Shareable values cross by reference, containers are copied.
	dm, _ := object.AsList(get(mi, "data"))
	ds, _ := object.AsList(get(si, "data"))
	if dm == nil || ds == nil || dm == ds {
		t.Fatal("data not copied")
	}
	if !dm.Items[1].Is(ds.Items[1]) {
		t.Error("str not shared by reference")
	}
	// The exception classes are each interpreter's own.
	cm := get(mi, "I")
	cs := get(si, "J")
	em := object.GetAttr(&tr.main.Thread, cm, object.NewStr("InterpreterError"))
	mod, _ := object.AsModule(cs)
	es := mod.Dict.GetStr(object.NewStr("InterpreterError"))
	if em.IsNull() || es.IsNull() || em.Is(es) {
		t.Error("InterpreterError shared")
	}
}
