package statestruct

import (
	"sync"
	"sync/atomic"
	"time"
)

// DefaultSwitchInterval is CPython's default sys.getswitchinterval(): how
// long a waiter lets the holder run before asking it to drop the lock.
const DefaultSwitchInterval = 5 * time.Millisecond

// Lock is an interpreter's lock (CPython's GIL, one per OWN_GIL
// interpreter). At most one Thread holds it.
//
// Handoff follows CPython's: a plain Release frees the lock and wakes the
// first waiter, and whoever comes first takes it (the releasing thread may
// take it straight back, which keeps throughput up). A waiter that has
// waited a whole switch interval sets DropRequested; the holder polls it at
// its next safe point and calls Yield, and a Release while a drop is
// requested does the same: the lock then passes directly to the first
// waiter (FIFO), so the thread that yields cannot take it back first.
type Lock struct {
	// dropRequested is set by a waiter whose wait exceeded the switch
	// interval and cleared on every handoff. Hot: the VM polls it with one
	// atomic load per safe point (see DropRequested).
	dropRequested atomic.Bool
	// intervalNanos is the switch interval; 0 means DefaultSwitchInterval.
	// Atomic: sys.setswitchinterval may change it while threads wait.
	intervalNanos atomic.Int64
	// handoffs counts changes of holder; read by tests and statistics.
	handoffs atomic.Uint64

	// mu guards holder and queue. Held only for a few instructions.
	mu sync.Mutex
	// holder is the Thread holding the lock, nil when free. Guarded by mu.
	holder *Thread
	// queue lists the waiters in arrival order. Guarded by mu.
	queue []*lockWaiter
	// closed lists the interpreters closed with CloseFor: their Python
	// threads (Thread.PythonThread) never run again. Guarded by mu.
	closed []*Interpreter
}

// lockWaiter is one blocked Acquire, reused by its Thread. wake (buffer of
// one) receives a value when the waiter leaves the queue: either the lock
// was handed to it (Lock.holder is its thread) or it was freed and the
// waiter may try to take it. queued is guarded by Lock.mu.
type lockWaiter struct {
	thread *Thread
	wake   chan struct{}
	queued bool
}

// DropRequested reports whether a waiter has asked the holder to drop the
// lock. It is a single atomic load, meant for the VM's safe points.
func (l *Lock) DropRequested() bool { return l.dropRequested.Load() }

// SwitchInterval returns the current switch interval.
func (l *Lock) SwitchInterval() time.Duration {
	if d := l.intervalNanos.Load(); d > 0 {
		return time.Duration(d)
	}
	return DefaultSwitchInterval
}

// SetSwitchInterval sets the switch interval (sys.setswitchinterval);
// d <= 0 restores the default.
func (l *Lock) SetSwitchInterval(d time.Duration) { l.intervalNanos.Store(int64(d)) }

// Handoffs returns how many times the lock changed holder.
func (l *Lock) Handoffs() uint64 { return l.handoffs.Load() }

// Holder returns the Thread holding the lock, or nil.
func (l *Lock) Holder() *Thread {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.holder
}

// Acquire blocks until t holds the lock. t must not hold it already.
func (l *Lock) Acquire(t *Thread) {
	l.mu.Lock()
	if l.parksLocked(t) {
		l.parkLocked(t)
	}
	if l.holder == nil {
		l.holder = t
		l.mu.Unlock()
		l.handoffs.Add(1)
		return
	}
	if l.holder == t {
		l.mu.Unlock()
		panic("statestruct: Lock.Acquire by the thread that holds it")
	}
	w := t.lockWaiter()
	w.queued = true
	l.queue = append(l.queue, w)
	l.mu.Unlock()

	timer := time.NewTimer(l.SwitchInterval())
	defer timer.Stop()
	for {
		select {
		case <-w.wake:
			l.mu.Lock()
			if l.parksLocked(t) {
				l.parkLocked(t)
			}
			switch l.holder {
			case t: // handed over by Yield or a forced Release
				l.mu.Unlock()
				return
			case nil: // freed: take it
				l.holder = t
				l.mu.Unlock()
				l.handoffs.Add(1)
				return
			}
			// Someone else took it first: back to the head of the queue.
			w.queued = true
			l.queue = append([]*lockWaiter{w}, l.queue...)
			l.mu.Unlock()
		case <-timer.C:
			// Still waiting after a whole interval: ask the holder to drop
			// the lock at its next safe point. Checked under mu so that a
			// waiter that was just handed the lock never flags itself.
			l.mu.Lock()
			if w.queued {
				l.dropRequested.Store(true)
			}
			l.mu.Unlock()
			timer.Reset(l.SwitchInterval())
		}
	}
}

// TryAcquire takes the lock if it is free and reports whether it did.
func (l *Lock) TryAcquire(t *Thread) bool {
	l.mu.Lock()
	if l.parksLocked(t) {
		l.parkLocked(t)
	}
	defer l.mu.Unlock()
	if l.holder != nil {
		return false
	}
	l.holder = t
	l.handoffs.Add(1)
	return true
}

// Release gives the lock up; t must be its holder. If a drop was requested
// and threads wait, the first one becomes the holder before Release
// returns; otherwise the lock is freed and the first waiter woken.
func (l *Lock) Release(t *Thread) {
	l.mu.Lock()
	if l.parksLocked(t) {
		// Not a park: the caller may be releasing on t's behalf (ending
		// the interpreter). t parks at its next Acquire or Yield.
		if l.holder == t {
			l.handOver()
		}
		l.mu.Unlock()
		return
	}
	if l.holder != t {
		l.mu.Unlock()
		panic("statestruct: Lock.Release by a thread that does not hold it")
	}
	if l.dropRequested.Load() {
		l.handOver()
	} else {
		l.holder = nil
		if w := l.popWaiter(); w != nil {
			w.wake <- struct{}{}
		}
	}
	l.mu.Unlock()
}

// popWaiter takes the first waiter off the queue. Caller holds mu.
func (l *Lock) popWaiter() *lockWaiter {
	if len(l.queue) == 0 {
		return nil
	}
	w := l.queue[0]
	l.queue[0] = nil
	l.queue = l.queue[1:]
	if len(l.queue) == 0 {
		l.queue = nil
	}
	w.queued = false
	return w
}

// handOver passes the lock to the first waiter or frees it, and clears the
// drop request. Caller holds mu.
func (l *Lock) handOver() {
	l.dropRequested.Store(false)
	w := l.popWaiter()
	if w == nil {
		l.holder = nil
		return
	}
	l.holder = w.thread
	l.handoffs.Add(1)
	w.wake <- struct{}{}
}

// Yield is what the VM calls at a safe point when DropRequested is true:
// if anyone waits, the lock goes to the first waiter and t queues behind the
// others; otherwise t keeps the lock. t must hold the lock.
func (l *Lock) Yield(t *Thread) {
	l.mu.Lock()
	if l.parksLocked(t) {
		l.parkLocked(t)
	}
	if l.holder != t {
		l.mu.Unlock()
		panic("statestruct: Lock.Yield by a thread that does not hold it")
	}
	if len(l.queue) == 0 {
		l.dropRequested.Store(false)
		l.mu.Unlock()
		return
	}
	l.handOver()
	l.mu.Unlock()
	l.Acquire(t)
}

// Waiters returns how many threads are blocked in Acquire.
func (l *Lock) Waiters() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.queue)
}

// CloseFor closes the lock for the Python threads of in (the interpreter
// ended, or the runtime is being finalized): from now on a thread state
// with PythonThread set that belongs to in and takes, yields or is handed
// the lock parks forever instead, giving the lock up first if it holds it
// (releasing it, by itself or on its behalf, just frees it), as CPython's daemon threads hang on their next lock acquire
// after finalization. A drop is requested so that such a thread that is
// running reaches its next safe point (and parks) at once. Closing twice
// is harmless.
func (l *Lock) CloseFor(in *Interpreter) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, x := range l.closed {
		if x == in {
			return
		}
	}
	l.closed = append(l.closed, in)
	if l.holder != nil && l.holder.interp == in && l.holder.PythonThread.Load() {
		l.dropRequested.Store(true)
	}
}

// parksLocked reports whether t must park: a Python thread of an
// interpreter the lock was closed for. Caller holds mu.
func (l *Lock) parksLocked(t *Thread) bool {
	if len(l.closed) == 0 || !t.PythonThread.Load() {
		return false
	}
	for _, x := range l.closed {
		if x == t.interp {
			return true
		}
	}
	return false
}

// parkLocked gives the lock up if t holds it (or was handed it), leaves
// the queue, releases mu and blocks forever: the goroutine of a Python
// thread that outlived its interpreter never runs Python code again.
// Caller holds mu.
func (l *Lock) parkLocked(t *Thread) {
	if w := t.waiter; w != nil && w.queued {
		for i, x := range l.queue {
			if x == w {
				l.queue = append(l.queue[:i], l.queue[i+1:]...)
				break
			}
		}
		w.queued = false
	}
	if l.holder == t {
		l.handOver()
	}
	l.mu.Unlock()
	select {}
}
