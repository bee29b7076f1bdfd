package object

import "testing"

// TestExceptionMembers checks the builtin exceptions' members, str and
// repr against CPython 3.13 (the oracle evaluates the same expressions).
func TestExceptionMembers(t *testing.T) {
	exprs := []string{
		"str(OSError(2, 'x', 'f'))",
		"type(OSError(13, 'x')).__name__",
		"OSError(2, 'x', 'f').args",
		"str(OSError(2, 'x', 'a', None, 'b'))",
		"str(OSError('plain'))",
		"str(SyntaxError('m', ('/p/f.py', 3, 1, 't')))",
		"str(SyntaxError('m', (None, 3, 1, 't')))",
		"str(UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'bad'))",
		"str(UnicodeEncodeError('ascii', '\\u2603', 0, 1, 'bad'))",
		"StopIteration(5).value",
		"SystemExit(1, 2).code",
		"ImportError('m', name='n').name",
		"repr(KeyError('k'))",
		"str(KeyError('k'))",
	}
	want := oracle(t, exprs)
	_, th := newExcTestThread()
	for i, e := range exprs {
		var got Value
		switch i {
		case 0:
			got = excStr(th, excOf(th, OSErrorType, Int(2), NewStr("x").Value(), NewStr("f").Value()))
		case 1:
			got = NewStr(excOf(th, OSErrorType, Int(13), NewStr("x").Value()).typ.Name).Value()
		case 2:
			got = ReprValue(th, excOf(th, OSErrorType, Int(2), NewStr("x").Value(), NewStr("f").Value()).Args.Value())
		case 3:
			got = excStr(th, excOf(th, OSErrorType, Int(2), NewStr("x").Value(), NewStr("a").Value(), None, NewStr("b").Value()))
		case 4:
			got = excStr(th, excOf(th, OSErrorType, NewStr("plain").Value()))
		case 5:
			got = excStr(th, excOf(th, SyntaxErrorType, NewStr("m").Value(), NewTuple([]Value{NewStr("/p/f.py").Value(), Int(3), Int(1), NewStr("t").Value()}).Value()))
		case 6:
			got = excStr(th, excOf(th, SyntaxErrorType, NewStr("m").Value(), NewTuple([]Value{None, Int(3), Int(1), NewStr("t").Value()}).Value()))
		case 7:
			got = excStr(th, excOf(th, UnicodeDecodeErrorType, NewStr("utf-8").Value(), NewBytes("\xff").Value(), Int(0), Int(1), NewStr("bad").Value()))
		case 8:
			got = excStr(th, excOf(th, UnicodeEncodeErrorType, NewStr("ascii").Value(), NewStr("\u2603").Value(), Int(0), Int(1), NewStr("bad").Value()))
		case 9:
			got = StrOf(th, excOf(th, StopIterationType, Int(5)).Field("value"))
		case 10:
			got = StrOf(th, excOf(th, SystemExitType, Int(1), Int(2)).Field("code"))
		case 11:
			e := excOf(th, ImportErrorType, NewStr("m").Value())
			e.SetAttr(th, "name", NewStr("n").Value())
			got = e.Field("name")
		case 12:
			got = ReprValue(th, excOf(th, KeyErrorType, NewStr("k").Value()).Value())
		case 13:
			got = excStr(th, excOf(th, KeyErrorType, NewStr("k").Value()))
		}
		s, ok := AsStr(got)
		if !ok || th.Exc != nil {
			t.Fatalf("%s: no str result (exception %v)", e, th.Exc)
		}
		if s.String() != want[i] {
			t.Errorf("%s = %q, want %q", e, s.String(), want[i])
		}
	}
}

func newExcTestThread() (*Interp, *Thread) {
	in := NewInterp()
	return in, &Thread{Interp: in}
}

// excOf builds typ(*args) through the type's __new__ and __init__.
func excOf(t *Thread, typ *Type, args ...Value) *Exception {
	v := typ.New(t, typ, args, nil)
	if v.IsNull() {
		panic("exception constructor failed")
	}
	if TypeOf(v).Init(t, v, args, nil) < 0 {
		panic("exception __init__ failed")
	}
	e, _ := AsException(v)
	return e
}

func excStr(t *Thread, e *Exception) Value { return ExceptionStr(t, e.Value()) }

// TestEnterCallLimit checks that Go-level nesting stops at the limit with
// RecursionError and that every level is released.
func TestEnterCallLimit(t *testing.T) {
	_, th := newExcTestThread()
	n := 0
	for th.EnterCall(" while testing") {
		n++
	}
	if n != CRecursionLimit {
		t.Fatalf("entered %d levels, want %d", n, CRecursionLimit)
	}
	if th.Exc == nil || th.Exc.typ != RecursionErrorType {
		t.Fatalf("want RecursionError, got %v", th.Exc)
	}
	if s, _ := AsStr(ExceptionStr(th, th.Exc.Value())); s.String() != "maximum recursion depth exceeded while testing" {
		t.Fatalf("message %q", s.String())
	}
	for ; n > 0; n-- {
		th.LeaveCall()
	}
	if th.CDepth != 0 {
		t.Fatalf("depth %d after leaving", th.CDepth)
	}
}
