package xi

import (
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/subpy/subpy/core/object"
)

// lockedPeer runs fn on its own OS thread (as a Python thread runs) and
// returns a function that waits for it.
func lockedPeer(fn func()) (wait func()) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		fn()
	}()
	return wg.Wait
}

func reportRate(b *testing.B, what string) {
	if s := b.Elapsed().Seconds(); s > 0 {
		b.ReportMetric(float64(b.N)/s, what)
	}
}

// BenchmarkQueueOneWay: one producer, one consumer with a blocking Get,
// each on its own OS thread, through a queue bounded at 1024.
func BenchmarkQueueOneWay(b *testing.B) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	q := NewQueue(1024)
	b.ReportAllocs()
	b.ResetTimer()
	n := b.N
	wait := lockedPeer(func() {
		for i := 0; i < n; i++ {
			if err := q.Put(Item{Value: object.Int(int64(i))}, Wait{Block: true}); err != nil {
				panic(err)
			}
		}
	})
	for i := 0; i < n; i++ {
		if _, err := q.Get(Wait{Block: true}); err != nil {
			b.Fatal(err)
		}
	}
	wait()
	reportRate(b, "items/s")
}

// BenchmarkQueuePingPong: round trips through two queues, both sides
// blocking in Get, each on its own OS thread.
func BenchmarkQueuePingPong(b *testing.B) { queuePingPong(b, true) }

// BenchmarkQueuePingPongUnlocked is the same between plain goroutines:
// the difference is what waking an OS-thread-locked goroutine costs (it
// needs its own thread and a P handed to it) whenever a spin misses.
func BenchmarkQueuePingPongUnlocked(b *testing.B) { queuePingPong(b, false) }

func queuePingPong(b *testing.B, locked bool) {
	if locked {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
	}
	ping, pong := NewQueue(0), NewQueue(0)
	b.ReportAllocs()
	b.ResetTimer()
	n := b.N
	peer := func() {
		for i := 0; i < n; i++ {
			it, err := ping.Get(Wait{Block: true})
			if err != nil {
				panic(err)
			}
			pong.Put(it, Wait{Block: true})
		}
	}
	var wait func()
	if locked {
		wait = lockedPeer(peer)
	} else {
		done := make(chan struct{})
		go func() { peer(); close(done) }()
		wait = func() { <-done }
	}
	for i := 0; i < n; i++ {
		ping.Put(Item{Value: object.Int(int64(i))}, Wait{Block: true})
		if _, err := pong.Get(Wait{Block: true}); err != nil {
			b.Fatal(err)
		}
	}
	wait()
	reportRate(b, "roundtrips/s")
}

// BenchmarkChannelPingPong: round trips through two channels with
// rendezvous sends, both sides blocking in Recv.
func BenchmarkChannelPingPong(b *testing.B) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	ping, pong := NewChannel(), NewChannel()
	b.ReportAllocs()
	b.ResetTimer()
	n := b.N
	wait := lockedPeer(func() {
		for i := 0; i < n; i++ {
			it, err := ping.Recv(Wait{Block: true})
			if err != nil {
				panic(err)
			}
			if err := pong.Send(it, Wait{Block: true}); err != nil {
				panic(err)
			}
		}
	})
	for i := 0; i < n; i++ {
		if err := ping.Send(Item{Value: object.Int(int64(i))}, Wait{Block: true}); err != nil {
			b.Fatal(err)
		}
		if _, err := pong.Recv(Wait{Block: true}); err != nil {
			b.Fatal(err)
		}
	}
	wait()
	reportRate(b, "roundtrips/s")
}

// BenchmarkSelect: a producer spreads items over four bounded queues; the
// consumer takes them with a blocking Select.
func BenchmarkSelect(b *testing.B) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	qs := []*Queue{NewQueue(256), NewQueue(256), NewQueue(256), NewQueue(256)}
	srcs := []Source{qs[0], qs[1], qs[2], qs[3]}
	b.ReportAllocs()
	b.ResetTimer()
	n := b.N
	wait := lockedPeer(func() {
		for i := 0; i < n; i++ {
			if err := qs[i%4].Put(Item{Value: object.Int(int64(i))}, Wait{Block: true}); err != nil {
				panic(err)
			}
		}
	})
	for i := 0; i < n; i++ {
		if _, _, err := Select(srcs, Wait{Block: true}); err != nil {
			b.Fatal(err)
		}
	}
	wait()
	reportRate(b, "items/s")
}

// BenchmarkQueuePutGet: the uncontended fast path (must not allocate).
func BenchmarkQueuePutGet(b *testing.B) {
	q := NewQueue(0)
	it := Item{Value: object.Int(1)}
	b.ReportAllocs()
	for b.Loop() {
		q.Put(it, Wait{Block: true})
		q.Get(Wait{Block: true})
	}
}

// BenchmarkChannelSendNowaitRecv: the uncontended channel fast path.
func BenchmarkChannelSendNowaitRecv(b *testing.B) {
	c := NewChannel()
	it := Item{Value: object.Int(1)}
	b.ReportAllocs()
	for b.Loop() {
		c.SendNowait(it)
		c.Recv(Wait{Block: true})
	}
}

// BenchmarkQueueParkWake measures a Get that has to park: the producer
// waits longer than the spin before each Put.
func BenchmarkQueueParkWake(b *testing.B) {
	q := NewQueue(0)
	b.ReportAllocs()
	n := b.N
	wait := lockedPeer(func() {
		for i := 0; i < n; i++ {
			start := time.Now()
			for time.Since(start) < 2*spinFor {
			}
			q.Put(Item{}, Wait{Block: true})
		}
	})
	for i := 0; i < n; i++ {
		q.Get(Wait{Block: true})
	}
	wait()
}
