package object

import "fmt"

// GeneratorType is `generator`.
var GeneratorType = &Type{Name: "generator"}

// CoroutineType is `coroutine`: the object calling an async def function
// returns, a Generator whose frame runs the function's body (PEP 492).
var CoroutineType = &Type{Name: "coroutine"}

// CodeCoroutine is CO_COROUTINE. Coroutine code carries CodeGenerator too,
// so every call path that makes a generator makes the coroutine.
const CodeCoroutine CodeFlags = 0x80

// NewCoroutine wraps a VM frame running an async def's body.
func NewCoroutine(frame any, name, qualname string) *Generator {
	return &Generator{Header: Header{CoroutineType}, Frame: frame, Name: name, QualName: qualname}
}

// IsGenerator reports whether v is a generator or a coroutine (a
// *Generator).
func IsGenerator(v Value) bool {
	typ := TypeOf(v)
	return typ == GeneratorType || typ == CoroutineType
}

// StopAsyncIterationType is `StopAsyncIteration`, which __anext__ raises
// to end an async for.
var StopAsyncIterationType = &Type{Name: "StopAsyncIteration"}

// GeneratorExitType is `GeneratorExit` (a BaseException).
var GeneratorExitType = &Type{Name: "GeneratorExit"}

// Generator is a generator object: a suspended Python frame that core/vm
// resumes (docs/engine-design.md, §7). Frame is the VM's frame; object
// never looks inside it.
type Generator struct {
	Header
	Frame    any
	Name     string
	QualName string
	// Running is set while the frame executes; Finished once it returned
	// or raised.
	Running, Finished bool
	// FrameObj is the frame object gi_frame returned (nil until asked).
	FrameObj *Frame
}

// NewGenerator wraps a VM frame.
func NewGenerator(frame any, name, qualname string) *Generator {
	return &Generator{Header: Header{GeneratorType}, Frame: frame, Name: name, QualName: qualname}
}

// Value returns the generator as a Value.
func (g *Generator) Value() Value { return fromHeap(g) }

// GeneratorResumer is implemented by the evaluator (core/vm) to run a
// generator's frame: it returns the yielded value with yielded true, the
// returned value with yielded false, or NULL with the exception set.
type GeneratorResumer interface {
	ResumeGenerator(g *Generator, sent Value, throw *Exception) (v Value, yielded bool)
}

// GeneratorInspector is implemented by the evaluator to answer
// gi_yieldfrom (the iterator a suspended `yield from` delegates to, NULL
// if none) and gi_code.
type GeneratorInspector interface {
	GeneratorYieldFrom(g *Generator) Value
	GeneratorCode(g *Generator) *Code
	// GeneratorFrame returns gi_frame of a generator that has not
	// finished: a frame object showing where it is suspended.
	GeneratorFrame(g *Generator) Value
}

func genGetAttr(t *Thread, v Value, name *Str) Value {
	g := as[Generator](v)
	switch name.s {
	case "__name__":
		return NewStr(g.Name).Value()
	case "__qualname__":
		return NewStr(g.QualName).Value()
	case "gi_running", "cr_running":
		return Bool(g.Running)
	case "gi_suspended", "cr_suspended":
		return Bool(!g.Running && !g.Finished && t.Eval.(GeneratorInspector).GeneratorCode(g) != nil && g.started())
	case "gi_yieldfrom", "cr_await":
		if g.Running || g.Finished {
			return None
		}
		if d := t.Eval.(GeneratorInspector).GeneratorYieldFrom(g); !d.IsNull() {
			return d
		}
		return None
	case "cr_origin":
		if TypeOf(v) == CoroutineType {
			return None
		}
	case "gi_frame", "cr_frame":
		if g.Finished {
			return None
		}
		return t.Eval.(GeneratorInspector).GeneratorFrame(g)
	case "gi_code", "cr_code":
		if c := t.Eval.(GeneratorInspector).GeneratorCode(g); c != nil {
			return c.Value()
		}
		return None
	}
	return GenericGetAttr(t, v, name)
}

// started reports whether the generator ran up to a first yield.
func (g *Generator) started() bool {
	type starter interface{ Started() bool }
	if s, ok := g.Frame.(starter); ok {
		return s.Started()
	}
	return false
}

func resume(t *Thread, g *Generator, sent Value, throw *Exception) (Value, bool) {
	return t.Eval.(GeneratorResumer).ResumeGenerator(g, sent, throw)
}

// genSend is send(): StopIteration(value) when the generator returns.
func genSend(t *Thread, g *Generator, sent Value, throw *Exception) Value {
	v, yielded := resume(t, g, sent, throw)
	if v.IsNull() && t.Exc == nil {
		// An exhausted generator: NULL without an exception.
		return t.Raise(NewException(StopIterationType))
	}
	if v.IsNull() || yielded {
		return v
	}
	if v == None {
		return t.Raise(NewException(StopIterationType))
	}
	return t.Raise(NewException(StopIterationType, v))
}

func initGenerator() {
	setupBuiltinType(GeneratorType, ObjectType, 0)
	setupBuiltinType(CoroutineType, ObjectType, 0)
	GeneratorType.New = nil
	GeneratorType.Iter = selfIter
	GeneratorType.GetAttr = genGetAttr
	GeneratorType.Next = func(t *Thread, v Value) Value {
		v, yielded := resume(t, as[Generator](v), None, nil)
		if !yielded && !v.IsNull() {
			// Returned: exhausted; a value other than None travels in
			// StopIteration, as CPython's gen_iternext does.
			if v != None {
				return t.Raise(NewException(StopIterationType, v))
			}
			return Null
		}
		return v
	}
	GeneratorType.Repr = func(t *Thread, v Value) Value {
		g := as[Generator](v)
		return NewStr(fmt.Sprintf("<generator object %s at %#x>", g.QualName, uintptr(v.p))).Value()
	}
	// gen.__del__ (CPython's tp_finalize): a suspended generator is
	// closed, as when it is collected.
	GeneratorType.addMethod("__del__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if !argCount(t, "generator.__del__", args, kwnames, 0, 0) {
			return Null
		}
		return CallMethod(t, self, "close")
	})
	for _, typ := range []*Type{GeneratorType, CoroutineType} {
		typ.addMethod("send", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if len(args) != 1 || kwnames != nil {
				return t.Raisef(TypeErrorType, "%s.send() takes exactly one argument (%d given)", typ.Name, len(args))
			}
			return genSend(t, as[Generator](self), args[0], nil)
		})
		typ.addMethod("throw", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			exc := throwArgs(t, "throw", args)
			if exc == nil {
				return Null
			}
			return genSend(t, as[Generator](self), None, exc)
		})
		typ.addMethod("close", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			g := as[Generator](self)
			if g.Finished {
				return None
			}
			v, yielded := resume(t, g, None, NewException(GeneratorExitType))
			switch {
			case yielded:
				return t.Raisef(RuntimeErrorType, "%s ignored GeneratorExit", typ.Name)
			case v.IsNull():
				if t.ExceptionMatches(GeneratorExitType) || t.ExceptionMatches(StopIterationType) {
					t.Clear()
					return None
				}
				return Null
			}
			// 3.13: the value the generator returned on GeneratorExit.
			return v
		})
	}
	CoroutineType.New = nil
	CoroutineType.GetAttr = genGetAttr
	CoroutineType.Repr = func(t *Thread, v Value) Value {
		g := as[Generator](v)
		return NewStr(fmt.Sprintf("<coroutine object %s at %#x>", g.QualName, uintptr(v.p))).Value()
	}
	// __await__ returns the coroutine itself (CPython: a coroutine_wrapper
	// iterator over it).
	addAttrGetters(GeneratorType, "__name__", "__qualname__", "gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom")
	addAttrGetters(CoroutineType, "__name__", "__qualname__", "cr_await", "cr_code", "cr_frame", "cr_running", "cr_suspended")
	CoroutineType.addMethod("__await__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value { return self })
	setupBuiltinType(StopAsyncIterationType, ExceptionType, FlagBaseType)
	StopAsyncIterationType.layout = BaseExceptionType
	StopAsyncIterationType.attrsOffset = BaseExceptionType.attrsOffset
	setupBuiltinType(GeneratorExitType, BaseExceptionType, FlagBaseType)
	GeneratorExitType.layout = BaseExceptionType
	GeneratorExitType.attrsOffset = BaseExceptionType.attrsOffset
}
