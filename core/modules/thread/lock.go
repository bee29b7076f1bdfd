package thread

import (
	"fmt"
	"math"
	"math/big"
	"unsafe"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// lockObj is _thread.lock: a token channel of capacity one, full when the
// lock is free. Acquiring takes the token (without releasing the
// interpreter's lock when it is there), releasing puts it back; any
// thread may release.
type lockObj struct {
	object.Header
	tok chan struct{}
}

func newLock() *lockObj { return makeLock(lockType) }

func makeLock(typ *object.Type) *lockObj {
	l := &lockObj{Header: object.MakeHeader(typ), tok: make(chan struct{}, 1)}
	l.tok <- struct{}{}
	return l
}

func (l *lockObj) locked() bool { return len(l.tok) == 0 }

// release puts the token back; false when the lock was not locked.
func (l *lockObj) release() bool {
	select {
	case l.tok <- struct{}{}:
		return true
	default:
		return false
	}
}

// lockType is _thread.lock (also _thread.LockType and threading.Lock),
// built at init and immutable.
var lockType = newLockType()

func vmThread(t *object.Thread) *vm.Thread { return t.Eval.(*vm.Thread) }

func newLockType() *object.Type {
	typ := object.NewBuiltinType("lock", nil)
	typ.Module = "_thread"
	typ.Flags |= object.FlagModuleTPName
	self := func(v object.Value) *lockObj { return object.As[lockObj](v) }
	typ.New = func(t *object.Thread, _ *object.Type, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 0 {
			return t.Raisef(object.TypeErrorType, "lock expected 0 arguments, got %d", len(args))
		}
		return object.FromHeap(makeLock(typ))
	}
	typ.Repr = func(t *object.Thread, v object.Value) object.Value {
		state := "unlocked"
		if self(v).locked() {
			state = "locked"
		}
		return object.NewStr(fmt.Sprintf("<%s _thread.lock object at %#x>", state, uintptr(unsafe.Pointer(self(v))))).Value()
	}
	acquire := func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		timeout, ok := acquireArgs(t, args, kw)
		if !ok {
			return object.Null
		}
		got, ok := wait(vmThread(t), self(v).tok, timeout)
		if !ok {
			return object.Null
		}
		return object.Bool(got)
	}
	release := func(name string) object.MethodFunc {
		return func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
			if name != "" && !noArgs(t, "lock."+name, args, kw) {
				return object.Null
			}
			if !self(v).release() {
				return t.RaiseMsg(object.RuntimeErrorType, "release unlocked lock")
			}
			return object.None
		}
	}
	locked := func(name string) object.MethodFunc {
		return func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
			if !noArgs(t, "lock."+name, args, kw) {
				return object.Null
			}
			return object.Bool(self(v).locked())
		}
	}
	typ.AddMethod("acquire", acquire)
	typ.AddMethod("acquire_lock", acquire)
	typ.AddMethod("__enter__", acquire)
	typ.AddMethod("release", release("release"))
	typ.AddMethod("release_lock", release("release_lock"))
	typ.AddMethod("__exit__", release(""))
	typ.AddMethod("locked", locked("locked"))
	typ.AddMethod("locked_lock", locked("locked_lock"))
	typ.AddMethod("_at_fork_reinit", func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !noArgs(t, "lock._at_fork_reinit", args, kw) {
			return object.Null
		}
		l := self(v)
		select {
		case l.tok <- struct{}{}:
		default:
		}
		return object.None
	})
	typ.AddConst("__doc__", object.NewStr(lockDoc).Value())
	return typ
}

const lockDoc = `A lock object is a synchronization primitive.  To create a lock,
call threading.Lock().  Methods are:

acquire() -- lock the lock, possibly blocking until it can be obtained
release() -- unlock of the lock
locked() -- test whether the lock is currently locked

A lock is not owned by the thread that locked it; another thread may
unlock it.  A thread attempting to lock a lock that it has already locked
will block until another thread unlocks it.  Deadlocks may ensue.`

// rlockObj is _thread.RLock: a lock with an owner (the get_ident of the
// thread holding it) and a recursion count. owner and count are touched
// only by the thread holding the interpreter's lock.
type rlockObj struct {
	object.Header
	tok   chan struct{}
	owner uint64
	count uint64
}

var rlockType = newRLockType()

func makeRLock(typ *object.Type) *rlockObj {
	r := &rlockObj{Header: object.MakeHeader(typ), tok: make(chan struct{}, 1)}
	r.tok <- struct{}{}
	return r
}

func newRLockType() *object.Type {
	typ := object.NewBuiltinType("RLock", nil)
	typ.Module = "_thread"
	typ.Flags |= object.FlagModuleTPName
	self := func(v object.Value) *rlockObj { return object.As[rlockObj](v) }
	typ.New = func(t *object.Thread, _ *object.Type, args []object.Value, kw *object.Tuple) object.Value {
		return object.FromHeap(makeRLock(typ)) // CPython 3.13 ignores arguments here
	}
	typ.Repr = func(t *object.Thread, v object.Value) object.Value {
		r := self(v)
		state := "unlocked"
		if len(r.tok) == 0 {
			state = "locked"
		}
		return object.NewStr(fmt.Sprintf("<%s _thread.RLock object owner=%d count=%d at %#x>", state, r.owner, r.count, uintptr(unsafe.Pointer(r)))).Value()
	}
	acquire := func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		timeout, ok := acquireArgs(t, args, kw)
		if !ok {
			return object.Null
		}
		r := self(v)
		me := currentIdent()
		if r.count > 0 && r.owner == me {
			if r.count == ^uint64(0) {
				return t.RaiseMsg(object.OverflowErrorType, "Internal lock count overflowed")
			}
			r.count++
			return object.True
		}
		got, ok := wait(vmThread(t), r.tok, timeout)
		if !ok {
			return object.Null
		}
		if got {
			r.owner, r.count = me, 1
		}
		return object.Bool(got)
	}
	typ.AddMethod("acquire", acquire)
	typ.AddMethod("__enter__", acquire)
	release := func(t *object.Thread, r *rlockObj) bool {
		if r.count == 0 || r.owner != currentIdent() {
			t.RaiseMsg(object.RuntimeErrorType, "cannot release un-acquired lock")
			return false
		}
		r.count--
		if r.count == 0 {
			r.owner = 0
			r.tok <- struct{}{}
		}
		return true
	}
	typ.AddMethod("release", func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !noArgs(t, "RLock.release", args, kw) || !release(t, self(v)) {
			return object.Null
		}
		return object.None
	})
	typ.AddMethod("__exit__", func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !release(t, self(v)) {
			return object.Null
		}
		return object.None
	})
	typ.AddMethod("_is_owned", func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !noArgs(t, "RLock._is_owned", args, kw) {
			return object.Null
		}
		r := self(v)
		return object.Bool(r.count > 0 && r.owner == currentIdent())
	})
	typ.AddMethod("_recursion_count", func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !noArgs(t, "RLock._recursion_count", args, kw) {
			return object.Null
		}
		r := self(v)
		if r.count > 0 && r.owner == currentIdent() {
			return object.Int(int64(r.count))
		}
		return object.Int(0)
	})
	typ.AddMethod("_release_save", func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !noArgs(t, "RLock._release_save", args, kw) {
			return object.Null
		}
		r := self(v)
		if r.count == 0 || r.owner != currentIdent() {
			return t.RaiseMsg(object.RuntimeErrorType, "cannot release un-acquired lock")
		}
		state := object.NewTuple([]object.Value{object.Int(int64(r.count)), identValue(r.owner)}).Value()
		r.count, r.owner = 0, 0
		r.tok <- struct{}{}
		return state
	})
	typ.AddMethod("_acquire_restore", func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if kw.Len() != 0 || len(args) != 1 {
			return t.Raisef(object.TypeErrorType, "RLock._acquire_restore() takes exactly one argument (%d given)", len(args))
		}
		items, ok := object.AsTuple(args[0])
		if !ok || len(items.Items) != 2 {
			n := object.TypeOf(args[0]).Name
			if ok {
				n = "tuple"
			}
			return t.Raisef(object.TypeErrorType, "_acquire_restore() argument 1 must be 2-item sequence, not %s", n)
		}
		count, ok1 := object.AsInt64(items.Items[0])
		owner, ok2 := identArg(items.Items[1])
		if !ok1 || !ok2 {
			return t.RaiseMsg(object.TypeErrorType, "an integer is required")
		}
		r := self(v)
		if _, ok := wait(vmThread(t), r.tok, -1); !ok {
			return object.Null
		}
		r.owner, r.count = owner, uint64(count)
		return object.None
	})
	typ.AddMethod("_at_fork_reinit", func(t *object.Thread, v object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if !noArgs(t, "RLock._at_fork_reinit", args, kw) {
			return object.Null
		}
		r := self(v)
		select {
		case r.tok <- struct{}{}:
		default:
		}
		r.owner, r.count = 0, 0
		return object.None
	})
	return typ
}

// identValue is a thread identifier as a Python int (unsigned).
func identValue(id uint64) object.Value {
	if id <= math.MaxInt64 {
		return object.Int(int64(id))
	}
	return object.NewIntFromBig(new(big.Int).SetUint64(id))
}

// identArg reads a thread identifier.
func identArg(v object.Value) (uint64, bool) {
	n, ok := object.AsInt64(v)
	if !ok || n < 0 {
		return 0, false
	}
	return uint64(n), true
}
