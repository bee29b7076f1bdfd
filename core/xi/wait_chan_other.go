//go:build !linux

package xi

import "time"

// Where there is no futex, a parked operation blocks in a select on a
// channel that carries its waiter's token, the deadline's timer and the
// Wait's Interrupt.

// consumeSpins is how many times consume polls the channel before it
// blocks: the claimer posts right after claiming, and a blocking receive
// that finds nothing would make the post a wake-up through the scheduler.
const consumeSpins = 1000

// signal is a waiter's token: a channel with a buffer of one.
type signal struct {
	wake chan struct{}
}

func (s *signal) init() { s.wake = make(chan struct{}, 1) }

// post delivers the token (the claimer, once the result is in place).
func (s *signal) post() { s.wake <- struct{}{} }

// sharedCPU: unknown here.
func (s *signal) sharedCPU() bool { return false }

// consume waits for the token of a claim already made and takes it.
func (s *signal) consume() {
	for range consumeSpins {
		select {
		case <-s.wake:
			return
		default:
		}
	}
	<-s.wake
}

// park blocks until the token (then it is consumed: wokeClaimed), the
// deadline of p or wt's interrupt.
func (s *signal) park(p *parking, wt Wait) int {
	select {
	case <-s.wake:
		return wokeClaimed
	case <-p.timerC():
		return wokeTimeout
	case <-wt.Interrupt:
		return wokeInterrupt
	}
}

// Alarm lets the code that interrupts a thread wake the wait that thread
// is parked in (see Wait.Alarm). Here a parked wait selects on its
// Interrupt channel itself, so ringing has nothing to do.
type Alarm struct{}

// Ring wakes the wait parked with a, if any. A no-op here.
func (a *Alarm) Ring() {}

// parkTimer is the timer of a parked wait with a deadline, created on its
// first park and kept for its re-parks.
type parkTimer struct {
	timer *time.Timer
}

// timerC returns the channel that fires at the deadline (nil: none).
func (p *parking) timerC() <-chan time.Time {
	if p.deadline.IsZero() {
		return nil
	}
	if p.timer == nil {
		p.timer = time.NewTimer(time.Until(p.deadline))
	}
	return p.timer.C
}

func (t *parkTimer) stop() {
	if t.timer != nil {
		t.timer.Stop()
	}
}
