package object

import "fmt"

// Asynchronous generators (PEP 525): an `async def` holding `yield`, and
// asynchronous generator expressions. The frame runs like a generator's;
// its own yields reach the consumer wrapped (the compiler emits
// CALL_INTRINSIC_1 INTRINSIC_ASYNC_GEN_WRAP before them) so they can be
// told from the values its awaits pass up to the event loop. __anext__ /
// asend / athrow / aclose return awaitables (async_generator_asend,
// async_generator_athrow) that drive the frame one step: an awaited value
// passes through, a wrapped yield ends the await with StopIteration(value),
// the end of the generator raises StopAsyncIteration.

// CodeAsyncGenerator marks the code of an asynchronous generator
// (CPython's CO_ASYNC_GENERATOR).
const CodeAsyncGenerator CodeFlags = 0x200

// The types.
var (
	AsyncGeneratorType  = &Type{Name: "async_generator"}
	asyncGenASendType   = &Type{Name: "async_generator_asend"}
	asyncGenAThrowType  = &Type{Name: "async_generator_athrow"}
	asyncGenWrappedType = &Type{Name: "async_generator_wrapped_value"}
)

// NewAsyncGenerator makes the async generator object of a frame.
func NewAsyncGenerator(frame any, name, qualname string) *Generator {
	return &Generator{Header: Header{AsyncGeneratorType}, Frame: frame, Name: name, QualName: qualname}
}

type asyncGenWrapped struct {
	Header
	v Value
}

// AsyncGenWrap wraps a value an async generator yields.
func AsyncGenWrap(v Value) Value { return fromHeap(&asyncGenWrapped{Header{asyncGenWrappedType}, v}) }

// awaitable states.
const (
	agInit = iota
	agIter
	agClosed
)

// asyncGenStep is an async_generator_asend or async_generator_athrow.
type asyncGenStep struct {
	Header
	gen   *Generator
	sent  Value      // asend: the value to send first
	exc   *Exception // athrow: the exception to throw first; nil with close: aclose
	close bool
	state int
}

func initAsyncGen() {
	for _, typ := range []*Type{AsyncGeneratorType, asyncGenASendType, asyncGenAThrowType, asyncGenWrappedType} {
		setupBuiltinType(typ, ObjectType, 0)
		typ.New = nil
	}
	AsyncGeneratorType.Repr = func(t *Thread, v Value) Value {
		g := as[Generator](v)
		return NewStr(fmt.Sprintf("<async_generator object %s at %#x>", g.QualName, uintptr(v.p))).Value()
	}
	AsyncGeneratorType.GetAttr = func(t *Thread, v Value, name *Str) Value {
		switch name.s {
		case "ag_running", "ag_frame", "ag_code", "ag_suspended":
			return genGetAttr(t, v, NewStr("gi_"+name.s[3:]))
		case "ag_await":
			return genGetAttr(t, v, NewStr("gi_yieldfrom"))
		}
		return genGetAttr(t, v, name)
	}
	addAttrGetters(AsyncGeneratorType, "__name__", "__qualname__", "ag_await", "ag_code", "ag_frame", "ag_running", "ag_suspended")
	AsyncGeneratorType.addMethod("__aiter__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value { return self })
	AsyncGeneratorType.addMethod("__anext__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return newASend(self, None)
	})
	AsyncGeneratorType.addMethod("asend", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 || kwnames.Len() != 0 {
			return t.Raisef(TypeErrorType, "async_generator.asend() takes exactly one argument (%d given)", len(args))
		}
		return newASend(self, args[0])
	})
	AsyncGeneratorType.addMethod("athrow", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		exc := throwArgs(t, "athrow", args)
		if exc == nil {
			return Null
		}
		return fromHeap(&asyncGenStep{Header: Header{asyncGenAThrowType}, gen: as[Generator](self), exc: exc})
	})
	AsyncGeneratorType.addMethod("aclose", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		return fromHeap(&asyncGenStep{Header: Header{asyncGenAThrowType}, gen: as[Generator](self), close: true})
	})

	for _, typ := range []*Type{asyncGenASendType, asyncGenAThrowType} {
		typ.Iter = selfIter
		typ.Next = func(t *Thread, v Value) Value { return asyncGenStepSend(t, as[asyncGenStep](v), None) }
		typ.addMethod("__await__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value { return self })
		typ.addMethod("send", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if len(args) != 1 {
				return t.Raisef(TypeErrorType, "send() takes exactly one argument (%d given)", len(args))
			}
			return asyncGenStepSend(t, as[asyncGenStep](self), args[0])
		})
		typ.addMethod("throw", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			exc := throwArgs(t, "throw", args)
			if exc == nil {
				return Null
			}
			return asyncGenStepThrow(t, as[asyncGenStep](self), exc)
		})
		typ.addMethod("close", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			as[asyncGenStep](self).state = agClosed
			return None
		})
	}
}

func newASend(gen, v Value) Value {
	return fromHeap(&asyncGenStep{Header: Header{asyncGenASendType}, gen: as[Generator](gen), sent: v})
}

// throwArgs builds the exception of throw(typ[, val[, tb]]) / athrow.
func throwArgs(t *Thread, name string, args []Value) *Exception {
	if len(args) < 1 {
		t.Raisef(TypeErrorType, "%s expected at least 1 argument, got %d", name, len(args))
		return nil
	}
	if len(args) > 3 {
		t.Raisef(TypeErrorType, "%s expected at most 3 arguments, got %d", name, len(args))
		return nil
	}
	if len(args) > 1 && !Warn(t, DeprecationWarningType, "the (type, exc, tb) signature of "+name+"() is deprecated, use the single-arg signature instead.") {
		return nil
	}
	if len(args) > 2 && args[2] != None && TypeOf(args[2]).Name != "traceback" {
		t.RaiseMsg(TypeErrorType, name+"() third argument must be a traceback object")
		return nil
	}
	if typ := AsType(args[0]); typ != nil && typ.IsSubtype(BaseExceptionType) {
		var cargs []Value
		if len(args) > 1 && args[1] != None {
			if e, ok := AsException(args[1]); ok && TypeOf(args[1]).IsSubtype(typ) {
				return e // an instance of the class is thrown as is
			}
			if tu, ok := AsTuple(args[1]); ok {
				cargs = tu.Items
			} else {
				cargs = []Value{args[1]}
			}
		}
		r := Call(t, args[0], cargs, nil)
		if r.IsNull() {
			return nil
		}
		e, ok := AsException(r)
		if !ok {
			t.Raisef(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", typ.Name, TypeOf(r).Name)
			return nil
		}
		return e
	}
	if e, ok := AsException(args[0]); ok {
		if len(args) > 1 && args[1] != None {
			t.RaiseMsg(TypeErrorType, "instance exception may not have a separate value")
			return nil
		}
		return e
	}
	t.RaiseMsg(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not "+TypeOf(args[0]).Name)
	return nil
}

// asyncGenResult turns one step of the frame into the awaitable's
// result: an awaited value passes through; a wrapped yield finishes the
// awaitable with StopIteration(value); the generator's end raises
// StopAsyncIteration (aclose: finishes it).
func asyncGenResult(t *Thread, s *asyncGenStep, v Value, yielded bool) Value {
	if v.IsNull() {
		s.state = agClosed
		if t.Exc == nil {
			// An exhausted generator.
			if s.close {
				return t.Raise(NewException(StopIterationType))
			}
			return t.Raise(NewException(StopAsyncIterationType))
		}
		if s.close && (t.ExceptionMatches(StopAsyncIterationType) || t.ExceptionMatches(GeneratorExitType)) {
			t.Clear()
			return t.Raise(NewException(StopIterationType))
		}
		return Null
	}
	if !yielded {
		s.state = agClosed
		if s.close {
			return t.Raise(NewException(StopIterationType))
		}
		return t.Raise(NewException(StopAsyncIterationType))
	}
	if TypeOf(v) == asyncGenWrappedType {
		s.state = agClosed
		if s.close {
			return t.RaiseMsg(RuntimeErrorType, "async generator ignored GeneratorExit")
		}
		w := as[asyncGenWrapped](v).v
		if w == None {
			return t.Raise(NewException(StopIterationType))
		}
		return t.Raise(NewException(StopIterationType, w))
	}
	return v
}

func asyncGenStepSend(t *Thread, s *asyncGenStep, v Value) Value {
	if s.state == agClosed {
		if TypeOf(fromHeap(s)) == asyncGenASendType {
			return t.RaiseMsg(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
		}
		return t.RaiseMsg(RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
	}
	g := s.gen
	if s.state == agInit {
		s.state = agIter
		if TypeOf(fromHeap(s)) == asyncGenASendType {
			if v == None {
				v = s.sent
			}
			if g.Finished {
				s.state = agClosed
				return t.Raise(NewException(StopAsyncIterationType))
			}
			r, yielded := resume(t, g, v, nil)
			return asyncGenResult(t, s, r, yielded)
		}
		if g.Finished {
			s.state = agClosed
			if s.close {
				return t.Raise(NewException(StopIterationType))
			}
			return t.Raise(NewException(StopAsyncIterationType))
		}
		exc := s.exc
		if s.close {
			exc = NewException(GeneratorExitType)
		}
		r, yielded := resume(t, g, None, exc)
		return asyncGenResult(t, s, r, yielded)
	}
	r, yielded := resume(t, g, v, nil)
	return asyncGenResult(t, s, r, yielded)
}

func asyncGenStepThrow(t *Thread, s *asyncGenStep, exc *Exception) Value {
	if s.state == agClosed {
		return t.RaiseMsg(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	s.state = agIter
	r, yielded := resume(t, s.gen, None, exc)
	return asyncGenResult(t, s, r, yielded)
}
