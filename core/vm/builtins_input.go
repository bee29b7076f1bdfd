package vm

// input(), and exit() / quit() (site's Quitter objects, which CPython's
// site module puts in builtins).

import (
	"strings"

	"github.com/subpy/subpy/core/object"
)

var (
	strStdin    = object.NewStr("stdin")
	strReadline = object.NewStr("readline")
	strWrite    = object.NewStr("write")
	strFlush    = object.NewStr("flush")
	strStderrK  = object.NewStr("stderr")
)

// installInput adds input, exit and quit to the builtins namespace d.
func installInput(m *object.Module) {
	d := m.Dict
	d.SetStr(object.NewStr("input"), object.NewBuiltin("input", m.Value(),
		func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
			return builtinInput(ot.Eval.(*Thread), args, kw)
		}))
	d.SetStr(object.NewStr("exit"), exitQuitter)
	d.SetStr(object.NewStr("quit"), quitQuitter)
}

// sysAttr returns sys.<name> (NULL, with RuntimeError set as CPython's
// "lost sys.stdin", when it is missing or None).
func (t *Thread) sysAttr(name *object.Str) object.Value {
	if sys, ok := object.AsModule(t.interp.Modules.GetStr(strSys)); ok {
		if v := sys.Dict.GetStr(name); !v.IsNull() && v != object.None {
			return v
		}
	}
	return t.Raisef(object.RuntimeErrorType, "input(): lost sys.%s", name.String())
}

// builtinInput is input([prompt]): the prompt is written to sys.stdout,
// which is flushed (as are sys.stderr's pending bytes), then a line is read
// with sys.stdin.readline(); its newline is stripped; EOFError at the end
// of the input.
func builtinInput(t *Thread, args []object.Value, kw *object.Tuple) object.Value {
	if kw.Len() != 0 {
		return t.RaiseMsg(object.TypeErrorType, "input() takes no keyword arguments")
	}
	if len(args) > 1 {
		return t.Raisef(object.TypeErrorType, "input expected at most 1 argument, got %d", len(args))
	}
	in := t.sysAttr(strStdin)
	if in.IsNull() {
		return in
	}
	out := t.sysAttr(strStdout)
	if out.IsNull() {
		return out
	}
	if errf := t.sysAttr(strStderrK); errf.IsNull() {
		return errf
	} else if object.CallMethod(&t.Thread, errf, "flush").IsNull() {
		t.Clear() // CPython ignores a failing stderr.flush() here
	}
	if len(args) == 1 {
		s := object.StrOf(&t.Thread, args[0])
		if s.IsNull() {
			return s
		}
		if str, _ := object.AsStr(s); str.Len() > 0 {
			if object.Call(&t.Thread, object.GetAttr(&t.Thread, out, strWrite), []object.Value{s}, nil).IsNull() {
				return object.Null
			}
		}
	}
	fl := object.GetAttr(&t.Thread, out, strFlush)
	if fl.IsNull() || object.Call(&t.Thread, fl, nil, nil).IsNull() {
		return object.Null
	}
	rl := object.GetAttr(&t.Thread, in, strReadline)
	if rl.IsNull() {
		return rl
	}
	line := object.Call(&t.Thread, rl, nil, nil)
	if line.IsNull() {
		return line
	}
	s, ok := object.AsStr(line)
	if !ok {
		return t.RaiseMsg(object.TypeErrorType, "object.readline() returned non-string")
	}
	text := s.String()
	if text == "" {
		return t.RaiseMsg(object.EOFErrorType, "EOF when reading a line")
	}
	if strings.HasSuffix(text, "\n") {
		return object.NewStr(text[:len(text)-1]).Value()
	}
	return line
}

// quitter is site's Quitter: exit and quit.
type quitter struct {
	object.Header
	name string
}

// QuitterType is _sitebuiltins.Quitter, built at init and immutable.
var QuitterType = newQuitterType()

var (
	exitQuitter = object.FromHeap(&quitter{Header: object.MakeHeader(QuitterType), name: "exit"})
	quitQuitter = object.FromHeap(&quitter{Header: object.MakeHeader(QuitterType), name: "quit"})
)

func newQuitterType() *object.Type {
	typ := object.NewBuiltinType("Quitter", nil)
	typ.Module = "_sitebuiltins"
	typ.Repr = func(t *object.Thread, v object.Value) object.Value {
		return object.NewStr("Use " + object.As[quitter](v).name + "() or Ctrl-D (i.e. EOF) to exit").Value()
	}
	typ.Call = func(ot *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		pos, kwm := splitKw(args, kw)
		code := object.None
		for k, val := range kwm {
			if k != "code" || len(pos) > 0 {
				return ot.Raisef(object.TypeErrorType, "Quitter.__call__() got an unexpected keyword argument '%s'", k)
			}
			code = val
		}
		if len(pos) > 1 {
			return ot.Raisef(object.TypeErrorType, "Quitter.__call__() takes from 1 to 2 positional arguments but %d were given", len(pos)+1)
		}
		if len(pos) == 1 {
			code = pos[0]
		}
		// CPython closes sys.stdin first, ignoring errors.
		t := ot.Eval.(*Thread)
		if sys, ok := object.AsModule(t.interp.Modules.GetStr(strSys)); ok {
			if in := sys.Dict.GetStr(strStdin); !in.IsNull() && in != object.None {
				if object.CallMethod(ot, in, "close").IsNull() {
					ot.Clear()
				}
			}
		}
		return ot.Raise(object.NewException(object.SystemExitType, code))
	}
	return typ
}

// RaisePendingAsync raises the thread state's pending asynchronous
// exception (Ctrl-C, PyThreadState_SetAsyncExc) if there is one, as the
// VM's safe points do, and reports whether it did. Blocking builtins
// (time.sleep, reading sys.stdin) call it while they wait.
func (t *Thread) RaisePendingAsync() bool {
	if t.st == nil {
		return false
	}
	p := t.st.PendingAsyncExc.Swap(nil)
	if p == nil {
		return false
	}
	v, ok := (*p).(object.Value)
	if !ok {
		t.RaiseMsg(object.SystemErrorType, "pending asynchronous exception is not a Python object")
		return true
	}
	if e := t.makeException(v, "exceptions must derive from BaseException"); e != nil {
		t.Raise(e)
	}
	return true
}
