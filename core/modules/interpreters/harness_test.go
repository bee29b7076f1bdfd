package interpreters

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/statestruct"
)

// syncBuf is the output of every interpreter of a test runtime.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testEngine is a small stand-in for core/lifecycle (which sits above
// this package): interpreters with the package's modules and no
// importer.
type testEngine struct {
	out   *syncBuf
	extra []vm.ModuleDef // test modules every interpreter gets
}

func (e *testEngine) StartInterpreter(st *statestruct.Thread) (*vm.Thread, error) {
	if vt, ok := st.Engine.(*vm.Thread); ok && vt != nil {
		return vt, nil
	}
	in := st.Interpreter()
	vi, _ := in.Engine.(*vm.Interp)
	if vi == nil {
		var err error
		vi, _, err = vm.NewInterp(vm.Config{Modules: append(Modules(e), e.extra...), Stdout: e.out, Stderr: e.out})
		if err != nil {
			return nil, err
		}
		in.Engine = vi
	}
	vt := vi.NewThread(st)
	st.Engine = vt
	return vt, nil
}

func (e *testEngine) EndInterpreter(in *statestruct.Interpreter) {
	for _, t := range in.Threads() {
		t.Engine = nil
	}
	in.Engine = nil
}

// testRuntime is an initialized runtime whose main thread state is
// attached with its engine state.
type testRuntime struct {
	rt   *statestruct.Runtime
	st   *statestruct.Thread
	main *vm.Thread
	eng  *testEngine
}

func newRuntime(t *testing.T, extra ...vm.ModuleDef) *testRuntime {
	t.Helper()
	rt := &statestruct.Runtime{}
	st, status := rt.Initialize(statestruct.RuntimeConfig{})
	if status.IsError() {
		t.Fatal(status)
	}
	eng := &testEngine{out: &syncBuf{}, extra: extra}
	vt, err := eng.StartInterpreter(st)
	if err != nil {
		t.Fatal(err)
	}
	tr := &testRuntime{rt: rt, st: st, main: vt, eng: eng}
	t.Cleanup(func() {
		for _, in := range rt.Interpreters() {
			eng.EndInterpreter(in)
		}
		rt.Finalize(st)
	})
	return tr
}

// run runs src in the main interpreter's __main__ and fails the test on
// an uncaught exception (printed with its traceback).
func (tr *testRuntime) run(t *testing.T, src string) {
	t.Helper()
	if err := tr.main.RunSource("<test>", []byte(src)); err != nil {
		var b strings.Builder
		if pe, ok := err.(*vm.PyError); ok {
			tr.main.PrintException(&b, pe.Exc)
		} else {
			b.WriteString(err.Error())
		}
		t.Fatalf("uncaught:\n%s\noutput so far:\n%s", b.String(), tr.eng.out.String())
	}
}

// global returns a name of the main interpreter's __main__.
func (tr *testRuntime) global(name string) object.Value {
	return tr.main.Interpreter().Main.Dict.GetStr(object.NewStr(name))
}

// goModule is a test module made of Go functions.
type goModule struct {
	name  string
	funcs map[string]func(t *vm.Thread, args []object.Value) object.Value
}

func (g goModule) Name() string { return g.name }
func (g goModule) Lazy() bool   { return true }
func (g goModule) Exec(t *vm.Thread, m *object.Module) bool {
	for name, f := range g.funcs {
		m.Dict.SetStr(object.NewStr(name), object.NewBuiltin(name, object.Null, func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
			return f(ot.Eval.(*vm.Thread), args)
		}))
	}
	return true
}

// onThread runs src in the main interpreter's __main__ on a new thread
// state of it (another goroutine's), returning the error text ("" when
// none).
func (tr *testRuntime) onThread(src string) string {
	st := tr.rt.NewThread(tr.rt.Main())
	st.Attach()
	defer func() {
		st.Detach()
		tr.rt.DeleteThread(st)
	}()
	vt, err := tr.eng.StartInterpreter(st)
	if err != nil {
		return err.Error()
	}
	code := vt.CompileSource([]byte(src), "<thread>", vm.CompileFile)
	if code == nil {
		return "compile error"
	}
	if r := vt.EvalCode(code, object.NewDict(), nil); r.IsNull() {
		var b strings.Builder
		vt.PrintException(&b, vt.Exc)
		vt.Exc = nil
		return b.String()
	}
	return ""
}
