package xi

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// spinFor is the spin a blocking operation does before it parks, unless
// its source learnt otherwise (waitable.spin, learn). Waking a parked
// thread takes a futex wake-up (~5 µs on this kind of virtual machine
// when a CPU is free; see wait_futex_linux.go): a peer that answers
// within the spin is caught without one.
const spinFor = 8 * time.Microsecond

// maxSpin caps the adaptive spin. Parks that end sooner than this after
// the spin gave up (two threads ping-ponging where wake-ups are slow, so
// that each parks in turn) raise the budget of their source towards it;
// longer parks halve it back towards spinFor.
const maxSpin = 64 * time.Microsecond

// minSpin is the least spin worth doing: a budget that halves below it
// drops to none.
const minSpin = time.Microsecond

// probeEvery: a source without a spin budget spins spinFor on one wait
// in probeEvery.
const probeEvery = 16

// spinCheckEvery is how many cheap polls pass between two clock reads
// while spinning: reading the clock costs more than an atomic load.
const spinCheckEvery = 16

// Waiter states. A waiter is reused between waits; each wait starts it
// in stateWaiting. A claim (an item, a release or an error delivered by
// another goroutine) moves it to stateClaimed and posts exactly one token
// on sig; the owner giving up moves it to stateCancelled.
const (
	stateIdle uint32 = iota
	stateWaiting
	stateClaimed
	stateCancelled
)

// waiter is one parked operation. Getters (Get, Recv, Select) are claimed
// by CompareAndSwap because a Select waiter sits in the lists of several
// sources, each under its own lock. Putters and rendezvous senders sit in
// one source only; their state changes under that source's lock.
type waiter struct {
	state atomic.Uint32
	// sig carries one token per claim (the platform's parking: a futex
	// word on Linux, a channel elsewhere); the owner always consumes it
	// before reusing the waiter, so a new wait starts without one.
	sig signal
	// it is the item delivered to a getter, or the item a blocked Put
	// offers. Written by the claimer before the token, read by the owner
	// after it.
	it Item
	// idx is the index (in the Select) of the source that claimed.
	idx int
	// err is the error a claim delivers (0: success).
	err Error
}

func newWaiter() *waiter {
	w := &waiter{}
	w.sig.init()
	return w
}

// awaitToken consumes the token of a claim the owner has seen (state
// stateClaimed). The claimer posts it right after filling in the result.
func (w *waiter) awaitToken() { w.sig.consume() }

// claimGetter hands a result to a parked getter; false if the getter
// already left (timed out, interrupted, or claimed by another source).
func (w *waiter) claimGetter(idx int, it Item, err Error) bool {
	if !w.state.CompareAndSwap(stateWaiting, stateClaimed) {
		return false
	}
	w.it, w.idx, w.err = it, idx, err
	w.sig.post()
	return true
}

// release ends the wait of a parked putter or rendezvous sender. The
// caller holds the lock of the waiter's source.
func (w *waiter) release(err Error) {
	w.err = err
	w.state.Store(stateClaimed)
	w.sig.post()
}

// getterRef is an entry in a source's list of parked getters.
type getterRef struct {
	w   *waiter
	idx int
}

// Bits of waitable.flags.
const (
	flagDestroyed  uint32 = 1 << iota
	flagSendClosed        // channels: no more sends
	flagRecvClosed        // channels: no more receives
)

// waitable is the state Queue and Channel share: the items, the parked
// operations and the closing flags, under one mutex. avail and flags
// mirror the locked state so that spinning waiters can watch it without
// taking the lock.
type waitable struct {
	mu sync.Mutex
	// ring holds the queued items. Guarded by mu.
	ring ring
	// getters are the parked Get/Recv/Select waiters, oldest first.
	// Entries whose waiter left are dropped lazily. Non-empty with a
	// waiting getter only while ring is empty. Guarded by mu.
	getters []getterRef
	// putters are the Put calls parked on a full queue, oldest first.
	// Guarded by mu.
	putters []*waiter
	// maxsize bounds a queue (<= 0: unbounded; channels: 0). Immutable.
	maxsize int
	// avail mirrors ring.n for spinners, which load it without mu. It is
	// stored under mu only when ring.n crosses 0 or maxsize (all that
	// spinners ask), to spare a locked instruction per operation in
	// between: exact at those bounds, stale inside them.
	avail atomic.Int64
	// flags holds flagDestroyed/SendClosed/RecvClosed, stored under mu.
	flags atomic.Uint32
	// spin is the spin budget in nanoseconds, spinFor at first. It grows
	// when parked waits end soon after the spin gave up (the peer
	// answers, but its own wake-up takes longer than the spin), and
	// shrinks back when parks are long; it drops to none when the peer
	// that ended a park ran on the CPU the waiter spun on (see learn).
	// Atomic: a hint, read and written without the lock.
	spin atomic.Int64
	// probes counts the waits that found no spin budget: every
	// probeEvery-th spins spinFor anyway, to find out whether spinning
	// pays again (see spinWait).
	probes atomic.Uint32
	// noSpin is set at creation when GOMAXPROCS was 1: the peer cannot
	// run while a waiter spins, so spinning only delays it.
	noSpin bool
	// spare caches one idle waiter so that parking does not allocate
	// every time. Lock-free: Swap to take, CompareAndSwap to give back.
	spare atomic.Pointer[waiter]
}

// init prepares a new waitable.
func (s *waitable) init(maxsize int) {
	s.maxsize = max(maxsize, 0)
	s.noSpin = runtime.GOMAXPROCS(0) == 1
	s.spin.Store(int64(spinFor))
}

// takeWaiter returns an idle waiter (the cached one or a new one).
func (s *waitable) takeWaiter() *waiter {
	if w := s.spare.Swap(nil); w != nil {
		return w
	}
	return newWaiter()
}

// giveWaiter caches w, which is in no list and holds no token.
func (s *waitable) giveWaiter(w *waiter) {
	w.it = Item{}
	w.state.Store(stateIdle)
	s.spare.CompareAndSwap(nil, w)
}

// publishLocked updates avail after ring.n changed.
func (s *waitable) publishLocked() {
	old, n := s.avail.Load(), int64(s.ring.n)
	m := int64(s.maxsize)
	if (old == 0) != (n == 0) || (m > 0 && (old >= m) != (n >= m)) {
		s.avail.Store(n)
	}
}

// len is the number of queued items.
func (s *waitable) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ring.n
}

// ready reports, without the lock, whether a getter would not block:
// an item is queued or a flag (closed, destroyed) makes it fail at once.
func (s *waitable) ready() bool { return s.avail.Load() > 0 || s.flags.Load() != 0 }

// readyLocked is ready for a caller holding mu.
func (s *waitable) readyLocked() bool { return s.ring.n > 0 || s.flags.Load() != 0 }

// handOffLocked gives it to the oldest getter still parked; false if
// there is none. The caller holds mu and the ring is empty.
func (s *waitable) handOffLocked(it Item) bool {
	for len(s.getters) > 0 {
		g := s.getters[0]
		s.popGetterLocked()
		if g.w.claimGetter(g.idx, it, 0) {
			return true
		}
	}
	return false
}

func (s *waitable) popGetterLocked() {
	n := copy(s.getters, s.getters[1:])
	s.getters[n] = getterRef{}
	s.getters = s.getters[:n]
}

// failGettersLocked ends every parked getter with err.
func (s *waitable) failGettersLocked(err Error) {
	for i, g := range s.getters {
		g.w.claimGetter(g.idx, Item{}, err)
		s.getters[i] = getterRef{}
	}
	s.getters = s.getters[:0]
}

// removeGetterLocked drops every entry of w (a Select may list a source
// twice).
func (s *waitable) removeGetterLocked(w *waiter) {
	j := 0
	for _, g := range s.getters {
		if g.w != w {
			s.getters[j] = g
			j++
		}
	}
	clear(s.getters[j:])
	s.getters = s.getters[:j]
}

// pushLocked queues sl, or hands its item straight to a parked getter
// (then a rendezvous sender in sl is released at once: its item is taken).
// It reports whether the item was handed off.
func (s *waitable) pushLocked(sl slot) bool {
	if s.ring.n == 0 && len(s.getters) > 0 && s.handOffLocked(sl.it) {
		return true
	}
	s.ring.push(sl)
	s.publishLocked()
	return false
}

// takeLocked is what a getter does once it holds mu: take the oldest
// item (releasing its rendezvous sender and letting a parked putter in),
// or report the error that makes it fail at once. ok is false when it
// would have to wait.
func (s *waitable) takeLocked() (it Item, err Error, ok bool) {
	f := s.flags.Load()
	if f&(flagDestroyed|flagRecvClosed) != 0 {
		if f&flagDestroyed != 0 {
			return Item{}, ErrDestroyed, true
		}
		return Item{}, ErrClosed, true
	}
	if s.ring.n == 0 {
		if f&flagSendClosed != 0 {
			return Item{}, ErrClosed, true
		}
		return Item{}, 0, false
	}
	sl := s.ring.pop()
	if sl.snd != nil {
		sl.snd.release(0)
	}
	s.admitPuttersLocked()
	s.publishLocked()
	return sl.it, 0, true
}

// admitPuttersLocked moves the items of parked putters into the room a
// bounded queue has, oldest putter first.
func (s *waitable) admitPuttersLocked() {
	for len(s.putters) > 0 && (s.maxsize <= 0 || s.ring.n < s.maxsize) {
		p := s.putters[0]
		n := copy(s.putters, s.putters[1:])
		s.putters[n] = nil
		s.putters = s.putters[:n]
		s.ring.push(slot{it: p.it})
		p.release(0)
	}
}

// destroyLocked empties s and fails every waiter with ErrDestroyed.
func (s *waitable) destroyLocked() {
	s.flags.Store(s.flags.Load() | flagDestroyed)
	s.dropItemsLocked(ErrDestroyed)
	s.failGettersLocked(ErrDestroyed)
	for i, p := range s.putters {
		p.release(ErrDestroyed)
		s.putters[i] = nil
	}
	s.putters = s.putters[:0]
}

// dropItemsLocked empties the ring, failing rendezvous senders with err.
func (s *waitable) dropItemsLocked(err Error) {
	for s.ring.n > 0 {
		if sl := s.ring.pop(); sl.snd != nil {
			sl.snd.release(err)
		}
	}
	s.ring.reset()
	s.publishLocked()
}

// unbindLocked applies fn to the queued items put by owner.
func (s *waitable) unbindLocked(owner int64, fn func(Item) (Item, bool)) {
	s.ring.filter(func(sl *slot) bool {
		if sl.it.Owner != owner {
			return true
		}
		it, keep := fn(sl.it)
		if !keep {
			// The item is gone without being received: its rendezvous
			// sender (of the destroyed interpreter) must not wait forever.
			if sl.snd != nil {
				sl.snd.release(ErrClosed)
			}
			return false
		}
		sl.it = it
		return true
	})
	s.admitPuttersLocked()
	s.publishLocked()
}

// spinBudget is how long a waiter of s spins before it parks, and
// whether that is a probe (s had no budget; see spinWait).
func (s *waitable) spinBudget() (time.Duration, bool) {
	if s.noSpin {
		return 0, false
	}
	if d := time.Duration(s.spin.Load()); d > 0 {
		return d, false
	}
	if s.probes.Add(1)%probeEvery == 0 {
		return spinFor, true
	}
	return 0, false
}

// spinWait spins for cond within s's budget (bounded by p's deadline)
// before a wait parks; it reports whether cond came true. A probe that
// catches cond gives s its budget back.
//
// Spinning pays when the peer runs on another CPU: it answers within
// microseconds, and a parked waiter would need a wake-up. It costs when
// both threads share one CPU (other processes keep the others busy, or
// the scheduler put the two together): the peer, woken onto the
// spinner's CPU, runs only once the spin gives up. learn tells the two
// apart after each park; a source that lost its budget probes now and
// then, since a probe that succeeds is what moves the two threads apart
// again (the spinner keeps its CPU, so the peer wakes on another).
func (s *waitable) spinWait(p *parking, cond func() bool) bool {
	budget, probe := s.spinBudget()
	if budget <= 0 {
		return false
	}
	if !spinUntil(p.spin(budget), cond) {
		return false
	}
	if probe {
		s.spin.CompareAndSwap(0, int64(spinFor))
	}
	return true
}

// learn adapts the spin budget to a park that lasted d and ended with a
// claim. A short park means a longer spin would have caught the peer,
// unless the peer ran on the CPU this waiter spun on before sleeping
// (shared): then spinning only kept the peer off that CPU, and the
// budget halves (to none below minSpin). A long park means spinning is
// wasted: the budget halves back towards spinFor.
func (s *waitable) learn(d time.Duration, shared bool) {
	if s.noSpin {
		return
	}
	cur := time.Duration(s.spin.Load())
	switch {
	case shared:
		if cur /= 2; cur < minSpin {
			cur = 0
		}
		s.spin.Store(int64(cur))
	case d < maxSpin:
		if want := min(maxSpin, cur+d); want > cur {
			s.spin.Store(int64(want))
		}
	case cur > spinFor:
		s.spin.Store(int64(max(spinFor, cur/2)))
	}
}

// spinUntil busy-waits up to budget for cond. No runtime.Gosched: for an
// OS-thread-locked goroutine (every Python thread) yielding hands the
// thread off through the scheduler, which costs what parking costs; nor
// sched_yield, which hands the CPU to whatever else runs there for a
// whole time slice.
func spinUntil(budget time.Duration, cond func() bool) bool {
	start := time.Now()
	for i := 1; ; i++ {
		if cond() {
			return true
		}
		if i%spinCheckEvery == 0 && time.Since(start) > budget {
			return false
		}
	}
}

// parking is the slow path's deadline, set on the first park of an
// operation and kept for its re-parks, and what the platform's parking
// keeps between them (a timer where parking selects on channels).
type parking struct {
	deadline time.Time
	parkTimer
}

// start records the deadline of a wait with a timeout.
func (p *parking) start(w Wait) {
	if w.Timeout > 0 {
		p.deadline = time.Now().Add(w.Timeout)
	}
}

// spin bounds a spin budget by the deadline: a short timeout is not
// overrun by spinning.
func (p *parking) spin(budget time.Duration) time.Duration {
	if !p.deadline.IsZero() {
		budget = min(budget, time.Until(p.deadline))
	}
	return budget
}

// outcome of a park.
const (
	wokeClaimed = iota
	wokeTimeout
	wokeInterrupt
)

// park blocks until w's token, the deadline or the interrupt; only an
// outcome of wokeClaimed consumed the token. A wait ended by a claim
// teaches s how long the park was.
func (p *parking) park(s *waitable, w *waiter, wt Wait) int {
	start := time.Now()
	how := w.sig.park(p, wt)
	if how == wokeClaimed && s != nil {
		s.learn(time.Since(start), w.sig.sharedCPU())
	}
	return how
}

// interrupted reports whether ch (a Wait's Interrupt) receives or is
// closed, without blocking. Receiving consumes the signal, as a wait that
// selects on ch does.
func interrupted(ch <-chan struct{}) bool {
	if ch == nil {
		return false
	}
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// wokeErr is the error of a wait that ended by its deadline or interrupt.
func wokeErr(how int) Error {
	if how == wokeTimeout {
		return ErrTimeout
	}
	return ErrInterrupted
}
