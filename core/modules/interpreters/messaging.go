package interpreters

import (
	"math"
	"time"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/core/xi"
	"github.com/subpy/subpy/statestruct"
)

// The messaging half of the package: the native handle types Queue,
// RecvChannel and SendChannel (queues.go, channels.go), select
// (select.go), and the low-level modules _interpqueues and
// _interpchannels with CPython 3.13.0's names and shapes. Everything sits
// on the runtime's core/xi registry: a Queue's id is its _interpqueues id,
// a channel end's id its _interpchannels id.
//
// The handle types are builtin, process-wide and immutable; their
// instances hold only the runtime-level object and its ID, both set at
// creation, so one instance may be used by several interpreters at once.
// The exception classes are per interpreter (msgState).

// queueType, recvType and sendType are concurrent.interpreters.Queue,
// RecvChannel and SendChannel: built while the package initializes (in
// init: their methods reach isEnd, which names them) and immutable
// afterwards.
var queueType, recvType, sendType *object.Type

func init() {
	queueType = newQueueType()
	recvType = newEndType("RecvChannel", true)
	sendType = newEndType("SendChannel", false)
}

// messagingModules returns _interpqueues and _interpchannels.
func messagingModules() []vm.ModuleDef { return []vm.ModuleDef{queuesModule{}, channelsModule{}} }

// addMessaging adds the messaging part of concurrent.interpreters to m:
// create_queue, Queue, QueueEmpty, QueueFull, create_channel,
// RecvChannel, SendChannel, select and the channel exceptions. It returns
// false with an exception set on t on failure.
func addMessaging(t *vm.Thread, m *object.Module) bool {
	s := msgStateOf(t)
	set := func(name string, v object.Value) { m.Dict.SetStr(object.NewStr(name), v) }
	set("Queue", queueType.Value())
	set("QueueError", s.queueError.Value())
	set("QueueNotFoundError", s.queueNotFound.Value())
	set("QueueEmpty", s.queueEmpty.Value())
	set("QueueFull", s.queueFull.Value())
	set("RecvChannel", recvType.Value())
	set("SendChannel", sendType.Value())
	set("ChannelError", s.chanError.Value())
	set("ChannelNotFoundError", s.chanNotFound.Value())
	set("ChannelClosedError", s.chanClosed.Value())
	set("ChannelEmptyError", s.chanEmpty.Value())
	set("ChannelNotEmptyError", s.chanNotEmpty.Value())
	set("create_queue", object.NewBuiltin("create_queue", m.Value(), createQueue))
	set("create_channel", object.NewBuiltin("create_channel", m.Value(), createChannel))
	set("select", object.NewBuiltin("select", m.Value(), selectEnds))
	return true
}

// isEnd reports whether v is a queue or a channel end (shareable: a
// handle to a runtime-level object), or a _interpchannels.ChannelID.
func isEnd(v object.Value) bool {
	switch object.TypeOf(v) {
	case queueType, recvType, sendType, channelIDType:
		return true
	}
	return false
}

// unbindInterpreter applies 3.13's unbound-item rules to what interpreter
// id put in the runtime's queues and channels, once it is destroyed:
// items put with unboundop REMOVE are dropped, the others are kept as
// "unbound" markers (a NULL value carrying their op), which get and recv
// report as (None, ..., op). Items put through the high-level API
// (unboundop 0) stay as they are: what they carry is shareable or a fresh
// copy that no interpreter owns.
func unbindInterpreter(rt *statestruct.Runtime, id int64) {
	reg := rt.XI()
	if reg == nil {
		return
	}
	reg.UnbindAll(id, func(it xi.Item) (xi.Item, bool) {
		switch it.Unbound {
		case unboundRemove:
			return it, false
		case unboundError, unboundReplace:
			it.Value = object.Null
			return it, true
		}
		return it, true
	})
}

// 3.13's unboundop values (_crossinterp's flags).
const (
	unboundRemove  = 1
	unboundError   = 2
	unboundReplace = 3
)

// msgKey keys the messaging state in vm.Interp.ModuleState.
type msgKey struct{}

// msgState is an interpreter's own exception classes of the messaging
// modules, and the classes its Python code registered with
// _register_heap_types / _register_end_types. Touched under the
// interpreter's lock only.
type msgState struct {
	queueError, queueNotFound, queueEmpty, queueFull             *object.Type
	chanError, chanNotFound, chanClosed, chanEmpty, chanNotEmpty *object.Type

	// regEmpty and regFull replace queueEmpty and queueFull for the low
	// level module once _register_heap_types named them (3.13's
	// test.support.interpreters.queues does).
	regEmpty, regFull *object.Type
}

// msgStateOf returns the calling interpreter's messaging state, making it
// on first use: QueueEmpty and QueueFull derive from queue.Empty and
// queue.Full too when the queue module imports.
func msgStateOf(t *vm.Thread) *msgState {
	in := t.Interpreter()
	if s, ok := in.ModuleState(msgKey{}).(*msgState); ok {
		return s
	}
	saved := t.Exc
	t.Exc = nil
	s := &msgState{}
	mk := func(module, name string, bases ...*object.Type) *object.Type {
		ns := object.NewDict()
		ns.SetStr(object.NewStr("__module__"), object.NewStr(module).Value())
		vals := make([]object.Value, len(bases))
		for i, b := range bases {
			vals[i] = b.Value()
		}
		typ := object.NewClass(&t.Thread, object.TypeType, name, vals, ns)
		t.Exc = nil
		if typ == nil {
			return bases[0]
		}
		return typ
	}
	const qmod, cmod, hmod = "test.support.interpreters", "_interpchannels", "concurrent.interpreters"
	s.queueError = mk(qmod, "QueueError", object.RuntimeErrorType)
	s.queueNotFound = mk(qmod, "QueueNotFoundError", s.queueError)
	s.chanError = mk(cmod, "ChannelError", object.RuntimeErrorType)
	s.chanNotFound = mk(cmod, "ChannelNotFoundError", s.chanError)
	s.chanClosed = mk(cmod, "ChannelClosedError", s.chanError)
	s.chanEmpty = mk(cmod, "ChannelEmptyError", s.chanError)
	s.chanNotEmpty = mk(cmod, "ChannelNotEmptyError", s.chanError)
	s.queueEmpty, s.queueFull = s.queueError, s.queueError
	empty, full := queueBases(t)
	if empty != nil {
		s.queueEmpty = mk(hmod, "QueueEmpty", s.queueError, empty)
		s.queueFull = mk(hmod, "QueueFull", s.queueError, full)
	} else {
		s.queueEmpty = mk(hmod, "QueueEmpty", s.queueError)
		s.queueFull = mk(hmod, "QueueFull", s.queueError)
	}
	t.Exc = saved
	in.SetModuleState(msgKey{}, s)
	return s
}

// queueBases imports the queue module and returns queue.Empty and
// queue.Full, or nils when that fails (no standard library).
func queueBases(t *vm.Thread) (empty, full *object.Type) {
	m, ok := object.AsModule(t.ImportModule("queue"))
	t.Exc = nil
	if !ok {
		return nil, nil
	}
	e := object.AsType(m.Dict.GetStr(object.NewStr("Empty")))
	f := object.AsType(m.Dict.GetStr(object.NewStr("Full")))
	if e == nil || f == nil || !e.IsSubtype(object.BaseExceptionType) || !f.IsSubtype(object.BaseExceptionType) {
		return nil, nil
	}
	return e, f
}

// registryOf returns the runtime's queue and channel registry, or raises
// RuntimeError when t runs without a runtime.
func registryOf(t *vm.Thread) *xi.Registry {
	if st := t.State(); st != nil {
		if r := st.Interpreter().Runtime().XI(); r != nil {
			return r
		}
	}
	t.RaiseMsg(object.RuntimeErrorType, "no runtime: cross-interpreter queues and channels are not available")
	return nil
}

// ownerOf is the ID of the interpreter t runs in (an Item's Owner).
func ownerOf(t *vm.Thread) int64 {
	if st := t.State(); st != nil {
		return st.Interpreter().ID()
	}
	return -1
}

// errRaised is what block returns when it raised the pending
// asynchronous exception.
const errRaised = xi.Error(100)

// blocker runs operations that may block with the interpreter's lock
// released, so that other threads of the interpreter run meanwhile:
//
//	b := newBlocker(t, timeout)
//	for {
//		err = op(b.wait())
//		if err, retry = b.done(err); !retry {
//			break
//		}
//	}
//
// A pending asynchronous exception (Ctrl-C) ends the wait and is raised
// (done returns errRaised); a wake with none pending retries with what is
// left of the timeout. No closure, nothing allocated.
type blocker struct {
	t        *vm.Thread
	st       *statestruct.Thread
	timeout  time.Duration // <= 0: forever
	deadline time.Time
}

func newBlocker(t *vm.Thread, timeout time.Duration) blocker {
	b := blocker{t: t, st: t.State(), timeout: timeout}
	if timeout > 0 {
		b.deadline = time.Now().Add(timeout)
	}
	return b
}

// wait releases the interpreter's lock and returns the Wait to block with.
func (b *blocker) wait() xi.Wait {
	w := xi.Wait{Block: true, Timeout: b.timeout}
	if b.st != nil {
		w.Interrupt, w.Alarm = b.st.AsyncWake(), b.st.Alarm()
		b.st.Interpreter().Lock().Release(b.st)
	}
	return w
}

// done takes the lock back and says whether to retry.
func (b *blocker) done(err error) (error, bool) {
	if b.st != nil {
		b.st.Interpreter().Lock().Acquire(b.st)
	}
	if err != xi.ErrInterrupted {
		return err, false
	}
	if b.t.RaisePendingAsync() {
		return errRaised, false
	}
	if b.timeout > 0 {
		if b.timeout = time.Until(b.deadline); b.timeout <= 0 {
			return xi.ErrTimeout, false
		}
	}
	return nil, true
}

// timeoutArg converts a timeout argument: NULL or None is "wait forever"
// (ok with wait true, d 0); a number is seconds, 0 meaning "do not wait"
// (wait false).
func timeoutArg(t *vm.Thread, v object.Value) (d time.Duration, wait, ok bool) {
	if v.IsNull() || v == object.None {
		return 0, true, true
	}
	var f float64
	switch {
	case v.IsFloat():
		f = v.FloatVal()
	case object.IsInt(v):
		var good bool
		if f, good = object.IntToFloat(&t.Thread, v); !good {
			return 0, false, false
		}
	default:
		t.Raisef(object.TypeErrorType, "timeout must be a number or None, not %s", object.TypeOf(v).Name)
		return 0, false, false
	}
	if math.IsNaN(f) || f < 0 {
		t.RaiseMsg(object.ValueErrorType, "timeout must be a non-negative number")
		return 0, false, false
	}
	if f == 0 {
		return 0, false, true
	}
	if f > 1e9 {
		return 0, true, true
	}
	d = time.Duration(f * 1e9)
	if d <= 0 {
		d = 1
	}
	return d, true, true
}

// notShareable raises the calling interpreter's NotShareableError for v
// (channels carry shareable objects only).
func notShareable(t *vm.Thread, v object.Value) object.Value {
	return t.RaiseMsg(classesOf(t).notShareable, object.TypeOf(v).Name+" objects are not shareable")
}

// noKw rejects keyword arguments to fname.
func noKw(t *vm.Thread, fname string, kw *object.Tuple) bool {
	if kw.Len() != 0 {
		t.Raisef(object.TypeErrorType, "%s() takes no keyword arguments", fname)
		return false
	}
	return true
}

// idArg converts a queue or channel ID argument (any int, __index__
// included).
func idArg(t *vm.Thread, v object.Value) (int64, bool) {
	if id, ok := object.AsInt64(v); ok {
		return id, true
	}
	if !object.IsInt(v) && !object.HasIndex(v) {
		t.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(v).Name)
		return 0, false
	}
	iv, ok := object.IndexValue(&t.Thread, v)
	if !ok {
		return 0, false
	}
	id, ok := object.AsInt64(iv)
	if !ok {
		t.RaiseMsg(object.OverflowErrorType, "Python int too large to convert to C long")
		return 0, false
	}
	return id, true
}

// idHash is the hash of an int ID (CPython's int hash for small values).
func idHash(id int64) int64 {
	if id == -1 {
		return -2
	}
	return id
}
