package object

import "fmt"

// GeneratorType is `generator`.
var GeneratorType = &Type{Name: "generator"}

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

func resume(t *Thread, g *Generator, sent Value, throw *Exception) (Value, bool) {
	return t.Eval.(GeneratorResumer).ResumeGenerator(g, sent, throw)
}

// genSend is send(): StopIteration(value) when the generator returns.
func genSend(t *Thread, g *Generator, sent Value, throw *Exception) Value {
	v, yielded := resume(t, g, sent, throw)
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
	GeneratorType.New = nil
	GeneratorType.Iter = selfIter
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
	GeneratorType.addMethod("send", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 || kwnames != nil {
			return t.Raisef(TypeErrorType, "generator.send() takes exactly one argument (%d given)", len(args))
		}
		return genSend(t, as[Generator](self), args[0], nil)
	})
	GeneratorType.addMethod("throw", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) < 1 {
			return t.Raisef(TypeErrorType, "throw expected at least 1 argument, got %d", len(args))
		}
		var exc *Exception
		if typ := AsType(args[0]); typ != nil && typ.IsSubtype(BaseExceptionType) {
			r := Call(t, args[0], args[1:], nil)
			if r.IsNull() {
				return Null
			}
			exc, _ = AsException(r)
		} else if e, ok := AsException(args[0]); ok {
			exc = e
		} else {
			return t.RaiseMsg(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not "+TypeOf(args[0]).Name)
		}
		return genSend(t, as[Generator](self), None, exc)
	})
	GeneratorType.addMethod("close", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		g := as[Generator](self)
		if g.Finished {
			return None
		}
		v, yielded := resume(t, g, None, NewException(GeneratorExitType))
		switch {
		case yielded:
			return t.RaiseMsg(RuntimeErrorType, "generator ignored GeneratorExit")
		case v.IsNull():
			if t.ExceptionMatches(GeneratorExitType) || t.ExceptionMatches(StopIterationType) {
				t.Clear()
				return None
			}
			return Null
		}
		return None
	})
	setupBuiltinType(GeneratorExitType, BaseExceptionType, FlagBaseType)
	GeneratorExitType.layout = BaseExceptionType
	GeneratorExitType.attrsOffset = BaseExceptionType.attrsOffset
}
