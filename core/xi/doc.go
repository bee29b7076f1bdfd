// Package xi holds the runtime-level message-passing primitives that let
// interpreters talk: queues, channels with rendezvous sends, select over
// several receiving ends, and the registry that numbers them. They live at
// the level of the Runtime (statestruct.Runtime.XI), not of an
// interpreter: any thread of any interpreter may use them at once.
//
// What xi carries is decided above it: the values in an Item are already
// shareable (immutable, safe to read from two OS threads) or fresh copies
// nobody else references (core/modules/interpreters applies the sharing
// list of ARCHITECTURE.md). xi never looks inside a value and never runs
// Python code; it must not import the VM or anything above core/object.
//
// Blocking is event-driven: a blocked operation parks, after a bounded
// spin, on a token that the operation completing it posts. On Linux it
// sleeps in the kernel on a futex word of its waiter (wait_futex_linux.go):
// waking a goroutine parked through the Go scheduler costs ~100 µs when it
// is locked to its OS thread, as every Python thread is, and a futex wake
// a few µs. The price is that a parked operation holds its OS thread, as a
// Python thread does anyway. Elsewhere it parks on a channel
// (wait_chan_other.go). The spin (8 µs at first) adapts per source: parks
// that end just after the spin gave up raise it up to 64 µs; a park ended
// by a peer that ran on the CPU the waiter had spun on (the two share one
// CPU, so the spin only kept the peer off it) halves it, down to none,
// with a probe spin now and then to find out when spinning pays again
// (see spinWait). Each queue and channel keeps its lists of parked
// operations; a Select registers one waiter on all its sources, and
// whichever source completes it first claims it atomically. Nothing
// sleeps and retries. A parked operation also wakes when its Wait's
// Interrupt channel is closed or receives (the caller's pending
// asynchronous exception, e.g. Ctrl-C) and when its deadline passes; a
// futex sleep cannot watch the channel, so whoever makes it receive rings
// the Wait's Alarm (statestruct.Thread.WakeAsync does), and a Wait with
// an Interrupt but no Alarm looks at it every 50 ms.
package xi
