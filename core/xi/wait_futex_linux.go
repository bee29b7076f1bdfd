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
)

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
}

func (s *signal) init() {}

// post delivers the token (the claimer, once the result is in place).
func (s *signal) post() {
	if s.word.Load() == sigSleeping {
		s.wokeFrom.Store(cpuNow())
	}
	if s.word.Swap(sigPosted) == sigSleeping {
		futexWakeOne(&s.word)
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
		futexSleep(&s.word, sigSleeping, d)
	}
	if wt.Alarm != nil {
		wt.Alarm.word.CompareAndSwap(&s.word, nil)
	}
	return s.leave(how)
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
