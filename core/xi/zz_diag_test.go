package xi

import (
	"fmt"
	"os"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/subpy/subpy/core/object"
)

func TestZZDiagPingPong(t *testing.T) {
	if os.Getenv("XIDIAG") == "" {
		t.Skip()
	}
	for _, kind := range []string{"queue", "channel"} {
		for rep := 0; rep < 3; rep++ {
			runtime.LockOSThread()
			n := 100000
			durs := make([]time.Duration, n)
			var send1, send2 func(Item)
			var recv1, recv2 func() Item
			if kind == "queue" {
				ping, pong := NewQueue(0), NewQueue(0)
				if os.Getenv("XINOSPIN") != "" {
					ping.w.noSpin, pong.w.noSpin = true, true
				}
				send1 = func(it Item) { ping.Put(it, Wait{Block: true}) }
				recv1 = func() Item { it, _ := pong.Get(Wait{Block: true}); return it }
				send2 = func(it Item) { pong.Put(it, Wait{Block: true}) }
				recv2 = func() Item { it, _ := ping.Get(Wait{Block: true}); return it }
			} else {
				ping, pong := NewChannel(), NewChannel()
				if os.Getenv("XINOSPIN") != "" {
					ping.w.noSpin, pong.w.noSpin = true, true
				}
				send1 = func(it Item) { ping.Send(it, Wait{Block: true}) }
				recv1 = func() Item { it, _ := pong.Recv(Wait{Block: true}); return it }
				send2 = func(it Item) { pong.Send(it, Wait{Block: true}) }
				recv2 = func() Item { it, _ := ping.Recv(Wait{Block: true}); return it }
			}
			wait := lockedPeer(func() {
				for i := 0; i < n; i++ {
					send2(recv2())
				}
			})
			start := time.Now()
			for i := 0; i < n; i++ {
				t0 := time.Now()
				send1(Item{Value: object.Int(int64(i))})
				recv1()
				durs[i] = time.Since(t0)
			}
			el := time.Since(start)
			wait()
			runtime.UnlockOSThread()
			slices.Sort(durs)
			p := func(q float64) time.Duration { return durs[int(q*float64(n-1))] }
			var over50 int
			for _, d := range durs {
				if d > 50*time.Microsecond {
					over50++
				}
			}
			fmt.Printf("%s: %.0f rt/s  p10 %v p50 %v p90 %v p99 %v max %v  >50us %.1f%%\n", kind, float64(n)/el.Seconds(), p(.1), p(.5), p(.9), p(.99), p(1), 100*float64(over50)/float64(n))
		}
	}
}
