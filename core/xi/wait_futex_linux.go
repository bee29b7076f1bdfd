//go:build linux

package xi

import (
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// On Linux a parked operation sleeps in the kernel on a futex: a 32-bit
// word of its waiter. Waking a goroutine parked through the Go scheduler
// (a channel receive) costs far more when it is locked to its OS thread,
// as every Python thread is: the woken goroutine waits until its own
// thread gets a P back (and a halted virtual CPU is woken to run it),
// ~100 µs on a virtual machine. A futex wake makes the sleeping thread
// runnable at once; it takes a P on its way out of the system call.

// futex(2) operations, with FUTEX_PRIVATE_FLAG: the words are never
// shared with another process.
const (
	futexWaitPrivate = 0 | 128 // FUTEX_WAIT | FUTEX_PRIVATE_FLAG
	futexWakePrivate = 1 | 128 // FUTEX_WAKE | FUTEX_PRIVATE_FLAG
)

// futexSleep blocks the calling thread while *word == val, for at most d
// (d < 0: no limit). It returns early when woken, when *word != val on
// entry (EAGAIN), and spuriously (EINTR): callers loop on their
// condition. It goes through syscall.Syscall6, which tells the scheduler
// that the thread blocks, so that its P serves other goroutines
// meanwhile.
func futexSleep(word *atomic.Uint32, val uint32, d time.Duration) {
	if d < 0 {
		syscall.Syscall6(syscall.SYS_FUTEX, uintptr(unsafe.Pointer(word)), futexWaitPrivate, uintptr(val), 0, 0, 0)
		return
	}
	ts := syscall.NsecToTimespec(int64(d))
	syscall.Syscall6(syscall.SYS_FUTEX, uintptr(unsafe.Pointer(word)), futexWaitPrivate, uintptr(val), uintptr(unsafe.Pointer(&ts)), 0, 0)
}

// futexWakeOne wakes one thread sleeping on word. FUTEX_WAKE never
// blocks, so the raw system call spares the scheduler's bookkeeping.
func futexWakeOne(word *atomic.Uint32) {
	syscall.RawSyscall6(syscall.SYS_FUTEX, uintptr(unsafe.Pointer(word)), futexWakePrivate, 1, 0, 0, 0)
}

// Values of signal.word.
const (
	sigNone     uint32 = iota // no token; the owner does not sleep
	sigSleeping               // the owner sleeps (or is about to) on the word
	sigPosted                 // the token: a claim is complete
	sigParked                 // the owner waits on signal.ch (Go scheduler)
)

// futexPhase is how long a park sleeps on the futex before it hands its
// wait to the Go scheduler. A thread asleep in a system call keeps its
// P until sysmon takes it back (up to 10 ms later when the process looks
// idle), so with more Python threads than GOMAXPROCS a long futex sleep
// starves runnable threads: a fan-out whose coordinator waits for
// workers ran at half speed. Replies within this window (ping-pong,
// pipelines) keep the futex's fast wake-up; longer waits release the P.
const futexPhase = 200 * time.Microsecond

// consumeSpins is how many times consume polls the word before it
// sleeps: the claimer posts right after claiming, so the token is
// normally seen within a few polls.
const consumeSpins = 1000

// interruptPoll bounds each sleep of a wait whose Interrupt has no Alarm:
// a futex cannot watch a channel, so such a wait looks at it this often.
// It bounds how late Ctrl-C is seen there, nothing else.
const interruptPoll = 50 * time.Millisecond

// signal is a waiter's token: a futex word. The claimer posts (sigPosted)
// and wakes the owner only if it sleeps; the owner announces a sleep by
// moving the word from sigNone to sigSleeping and sleeps while it stays
// so. Every transition is atomic, so a post between the owner's last
// look and its sleep makes the sleep return at once (EAGAIN).
type signal struct {
	word atomic.Uint32
	// sleptOn is the CPU the owner was on when it went to sleep in its
	// current park (-1: it has not slept). Owner only.
	sleptOn int32
	// wokeFrom is the CPU of the claimer that found the owner asleep
	// (-1: none did). A claimer on the CPU its peer spun on before
	// sleeping was kept off that CPU by the spin: see sharedCPU.
	wokeFrom atomic.Int32
	// ch carries the token to an owner parked through the Go scheduler
	// (sigParked). Made by the owner before its first such park, and
	// published to posters by the atomic store of sigParked.
	ch chan struct{}
}

func (s *signal) init() {}

// post delivers the token (the claimer, once the result is in place).
func (s *signal) post() {
	if s.word.Load() == sigSleeping {
		s.wokeFrom.Store(cpuNow())
	}
	switch s.word.Swap(sigPosted) {
	case sigSleeping:
		futexWakeOne(&s.word)
	case sigParked:
		s.ch <- struct{}{} // buffer of one, one post per park: never blocks
	}
}

// sharedCPU reports, after a park ended by a claim, whether the claimer
// ran on the CPU where the owner spun and then slept: the two threads
// share a CPU (others keep the rest busy), and the owner's spin only
// delayed its peer.
func (s *signal) sharedCPU() bool {
	return s.sleptOn >= 0 && s.wokeFrom.Load() == s.sleptOn
}

// cpuNow is the CPU the calling thread runs on (getcpu(2); -1 if it
// fails).
func cpuNow() int32 {
	if sysGetcpu == 0 {
		return -1
	}
	var cpu uint32
	if _, _, e := syscall.RawSyscall(sysGetcpu, uintptr(unsafe.Pointer(&cpu)), 0, 0); e != 0 {
		return -1
	}
	return int32(cpu)
}

// consume waits for the token of a claim already made and takes it.
func (s *signal) consume() {
	for i := 0; ; i++ {
		v := s.word.Load()
		if v == sigPosted {
			break
		}
		if i < consumeSpins {
			continue
		}
		if v == sigSleeping || s.word.CompareAndSwap(sigNone, sigSleeping) {
			futexSleep(&s.word, sigSleeping, -1)
		}
	}
	s.word.Store(sigNone)
}

// park sleeps until the token (then it is consumed: wokeClaimed), the
// deadline of p or wt's interrupt.
func (s *signal) park(p *parking, wt Wait) int {
	poll := time.Duration(-1)
	if wt.Interrupt != nil {
		if wt.Alarm == nil {
			poll = interruptPoll
		} else {
			wt.Alarm.word.Store(&s.word)
		}
	}
	how := wokeClaimed
	s.sleptOn = -1
	s.wokeFrom.Store(-1)
	futexUntil := time.Now().Add(futexPhase)
	for {
		v := s.word.Load()
		if v == sigPosted {
			break
		}
		if v == sigNone && !s.word.CompareAndSwap(sigNone, sigSleeping) {
			continue // posted meanwhile
		}
		// The word says "asleep" from here: a post or a ring after this
		// changes it, so that the sleep below does not start or ends.
		if interrupted(wt.Interrupt) {
			how = wokeInterrupt
			break
		}
		d := poll
		if !p.deadline.IsZero() {
			left := time.Until(p.deadline)
			if left <= 0 {
				how = wokeTimeout
				break
			}
			if d < 0 || left < d {
				d = left
			}
		}
		if s.sleptOn < 0 {
			s.sleptOn = cpuNow()
		}
		phase := time.Until(futexUntil)
		if phase <= 0 {
			if h, ok := s.parkScheduled(p, wt); ok {
				if wt.Alarm != nil {
					wt.Alarm.word.CompareAndSwap(&s.word, nil)
				}
				return h
			}
			continue // posted or rung just before: look at the word again
		}
		if d < 0 || phase < d {
			d = phase
		}
		futexSleep(&s.word, sigSleeping, d)
	}
	if wt.Alarm != nil {
		wt.Alarm.word.CompareAndSwap(&s.word, nil)
	}
	return s.leave(how)
}

// parkScheduled continues a park that outlasted futexPhase on the
// channel s.ch, through the Go scheduler: the thread gives its P up at
// once. The word was sigSleeping (the owner's); ok false if it changed
// (a post or an alarm's ring) before the park began: the caller looks
// at it again.
func (s *signal) parkScheduled(p *parking, wt Wait) (how int, ok bool) {
	if s.ch == nil {
		s.ch = make(chan struct{}, 1)
	}
	if !s.word.CompareAndSwap(sigSleeping, sigParked) {
		return 0, false
	}
	var timeout <-chan time.Time
	if !p.deadline.IsZero() {
		left := time.Until(p.deadline)
		if left <= 0 {
			left = 1
		}
		tm := time.NewTimer(left)
		defer tm.Stop()
		timeout = tm.C
	}
	how = wokeClaimed
	select {
	case <-s.ch:
	case <-timeout:
		how = wokeTimeout
	case <-wt.Interrupt:
		how = wokeInterrupt
	}
	if how != wokeClaimed && !s.word.CompareAndSwap(sigParked, sigNone) {
		<-s.ch // posted as the wait gave up: the post's send is on its way
		how = wokeClaimed
	}
	if how == wokeClaimed {
		s.word.Store(sigNone)
	}
	return how, true
}

// leave ends a park: the word goes back to sigNone. A token posted as
// the wait was giving up is taken, and the claim wins.
func (s *signal) leave(how int) int {
	for {
		switch v := s.word.Load(); v {
		case sigPosted:
			s.word.Store(sigNone)
			return wokeClaimed
		case sigNone:
			return how
		default:
			if s.word.CompareAndSwap(v, sigNone) {
				return how
			}
		}
	}
}

// Alarm lets the code that interrupts a thread wake the wait that thread
// is parked in (see Wait.Alarm). The zero value is ready to use; keep one
// per thread.
type Alarm struct {
	// word is the futex word of the wait parked with this Alarm, nil when
	// none is.
	word atomic.Pointer[atomic.Uint32]
}

// Ring wakes the wait parked with a, if any, so that it looks at its
// Interrupt channel again. Call it after making that channel receive.
// Ringing a wait that just ended is harmless: the waiter it woke (maybe
// reused by another wait by then) finds nothing and sleeps again.
func (a *Alarm) Ring() {
	if w := a.word.Load(); w != nil && w.CompareAndSwap(sigSleeping, sigNone) {
		futexWakeOne(w)
	}
}

// parkTimer: futex sleeps take their timeout directly, no timer.
type parkTimer struct{}

func (parkTimer) stop() {}
