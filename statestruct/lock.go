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
// interpreter). At most one Thread holds it. A Thread that waits longer than
// the switch interval sets DropRequested; the holder polls it at its next
// safe point and calls Yield, which hands the lock to the longest waiter.
// Ownership passes directly from the releasing thread to the first waiter
// (FIFO), so a thread that yields cannot take the lock straight back.
//
// The zero value is an unlocked Lock with the default switch interval.
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
}

// lockWaiter is one blocked Acquire, reused by its Thread. granted (buffer
// of one) receives a value when the lock is handed to the waiter; queued is
// guarded by Lock.mu.
type lockWaiter struct {
	thread  *Thread
	granted chan struct{}
	queued  bool
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
		case <-w.granted:
			return
		case <-timer.C:
			// Still waiting after a whole interval: ask the holder to drop
			// the lock at its next safe point. Checked under mu so that a
			// waiter that was just granted the lock never flags itself.
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
	defer l.mu.Unlock()
	if l.holder != nil {
		return false
	}
	l.holder = t
	l.handoffs.Add(1)
	return true
}

// Release gives the lock up; t must be its holder. If threads are waiting,
// the first one becomes the holder before Release returns.
func (l *Lock) Release(t *Thread) {
	l.mu.Lock()
	if l.holder != t {
		l.mu.Unlock()
		panic("statestruct: Lock.Release by a thread that does not hold it")
	}
	l.handOver()
	l.mu.Unlock()
}

// handOver passes the lock to the first waiter or frees it. Caller holds mu.
func (l *Lock) handOver() {
	l.dropRequested.Store(false)
	if len(l.queue) == 0 {
		l.holder = nil
		return
	}
	next := l.queue[0]
	l.queue[0] = nil
	l.queue = l.queue[1:]
	if len(l.queue) == 0 {
		l.queue = nil
	}
	next.queued = false
	l.holder = next.thread
	l.handoffs.Add(1)
	next.granted <- struct{}{}
}

// Yield is what the VM calls at a safe point when DropRequested is true:
// if anyone waits, the lock goes to the first waiter and t queues behind the
// others; otherwise t keeps the lock. t must hold the lock.
func (l *Lock) Yield(t *Thread) {
	l.mu.Lock()
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
