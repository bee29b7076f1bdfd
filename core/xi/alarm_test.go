package xi

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// alarmed is a Wait interrupted through c and rung through a, as the
// bindings pass a thread's AsyncWake and Alarm.
func alarmed(c chan struct{}, a *Alarm) Wait {
	return Wait{Block: true, Interrupt: c, Alarm: a}
}

// TestInterruptAlarm: a parked wait with an Alarm ends as soon as its
// Interrupt receives and the Alarm rings. With an Alarm there is no
// periodic look at Interrupt, so a ring that failed to wake it would
// leave it parked for good (the test's bound catches that).
func TestInterruptAlarm(t *testing.T) {
	full := NewQueue(1)
	full.Put(item(1), nowait())
	ch := NewChannel()
	ops := []struct {
		name string
		op   func(Wait) error
	}{
		{"QueueGet", func(w Wait) error { _, err := NewQueue(0).Get(w); return err }},
		{"QueuePut", func(w Wait) error { return full.Put(item(2), w) }},
		{"ChannelRecv", func(w Wait) error { _, err := ch.Recv(w); return err }},
		{"ChannelSend", func(w Wait) error { return ch.Send(item(3), w) }},
		{"Select", func(w Wait) error { _, _, err := Select([]Source{NewQueue(0), ch}, w); return err }},
		{"SelectNone", func(w Wait) error { _, _, err := Select(nil, w); return err }},
	}
	for _, o := range ops {
		t.Run(o.name, func(t *testing.T) {
			for range 5 {
				var a Alarm
				intr := make(chan struct{}, 1)
				done := async(func() error {
					runtime.LockOSThread()
					defer runtime.UnlockOSThread()
					return o.op(alarmed(intr, &a))
				})
				time.Sleep(parkDelay)
				intr <- struct{}{}
				a.Ring()
				select {
				case err := <-done:
					wantErr(t, o.name, err, ErrInterrupted)
				case <-time.After(10 * time.Second):
					t.Fatal("the ring did not wake the parked wait")
				}
				if a.parked() {
					t.Fatal("the wait left its Alarm set")
				}
			}
		})
	}
	if full.Len() != 1 || ch.Len() != 0 {
		t.Fatalf("interrupted puts left items: queue %d, channel %d", full.Len(), ch.Len())
	}
	idle(t, full)
	idle(t, ch)
	// Ringing with nothing parked does nothing.
	var a Alarm
	a.Ring()
}

// TestInterruptAlarmNoTokenKeepsWaiting: a ring without an interrupt
// (a stale ring, or one for an earlier wait) does not end the wait: it
// goes back to sleep and still gets its item.
func TestInterruptAlarmNoTokenKeepsWaiting(t *testing.T) {
	var a Alarm
	q := NewQueue(0)
	intr := make(chan struct{}, 1)
	got := make(chan error, 1)
	go func() {
		it, err := q.Get(alarmed(intr, &a))
		if err == nil && val(it) != 7 {
			t.Errorf("got %d", val(it))
		}
		got <- err
	}()
	for range 20 {
		time.Sleep(parkDelay / 4)
		a.Ring()
	}
	select {
	case err := <-got:
		t.Fatalf("the wait ended without an item or interrupt: %v", err)
	default:
	}
	q.Put(item(7), nowait())
	wantErr(t, "Get", <-got, nil)
}

// TestStressAlarmRings: consumers block in Get, Recv and Select with
// Alarms that a ringer rings all the time, mostly without an interrupt
// (spurious wakes, and rings of waiters already reused by another wait:
// the sources recycle their waiters). Every item must arrive exactly
// once, and every interrupted wait must have had its token.
func TestStressAlarmRings(t *testing.T) {
	q, c := NewQueue(0), NewChannel()
	const consumers = 3
	per := stressN(3000)
	alarms := make([]Alarm, consumers)
	intrs := make([]chan struct{}, consumers)
	for i := range intrs {
		intrs[i] = make(chan struct{}, 1)
	}
	var stop atomic.Bool
	var rwg sync.WaitGroup
	rwg.Add(1)
	go func() {
		defer rwg.Done()
		for i := 0; !stop.Load(); i++ {
			k := i % consumers
			if i%7 == 0 {
				select {
				case intrs[k] <- struct{}{}:
				default:
				}
			}
			alarms[k].Ring()
			if i%64 == 0 {
				time.Sleep(time.Microsecond)
			}
		}
	}()
	var got atomic.Int64
	var sum atomic.Int64
	var cwg sync.WaitGroup
	for k := range consumers {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			for got.Load() < int64(2*per) {
				w := alarmed(intrs[k], &alarms[k])
				w.Timeout = 20 * time.Millisecond
				var it Item
				var err error
				switch k {
				case 0:
					it, err = q.Get(w)
				case 1:
					it, err = c.Recv(w)
				default:
					_, it, err = Select([]Source{q, c}, w)
				}
				switch err {
				case nil:
					got.Add(1)
					sum.Add(val(it))
				case ErrInterrupted, ErrTimeout:
				default:
					t.Errorf("consumer %d: %v", k, err)
					return
				}
			}
		}()
	}
	var pwg sync.WaitGroup
	for p := range 2 {
		pwg.Add(1)
		go func() {
			defer pwg.Done()
			for i := range per {
				var err error
				if p == 0 {
					err = q.Put(item(int64(i)), Wait{Block: true})
				} else {
					err = c.SendNowait(item(int64(i)))
				}
				if err != nil {
					t.Errorf("producer %d: %v", p, err)
					return
				}
				if i%16 == 0 {
					time.Sleep(time.Duration(i%5) * time.Microsecond)
				}
			}
		}()
	}
	pwg.Wait()
	done := make(chan struct{})
	go func() { cwg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatalf("consumers stuck: %d of %d items", got.Load(), 2*per)
	}
	stop.Store(true)
	rwg.Wait()
	if want := int64(per) * int64(per-1); sum.Load() != want || got.Load() != int64(2*per) {
		t.Fatalf("got %d items summing to %d, want %d summing to %d", got.Load(), sum.Load(), 2*per, want)
	}
	idle(t, q)
	idle(t, c)
}
