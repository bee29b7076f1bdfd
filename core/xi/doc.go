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
// Blocking is event-driven: a blocked operation parks on a channel that
// the operation completing it signals, after a bounded spin (8 µs, which
// a source raises up to 64 µs while its parks keep ending just after the
// spin gave up: see spinFor). Each queue and channel keeps its lists of
// parked operations; a Select registers one waiter on all its sources,
// and whichever source completes it first claims it atomically. Nothing
// sleeps and retries. A parked operation also wakes when its Wait's
// Interrupt channel is closed or receives (the caller's pending
// asynchronous exception, e.g. Ctrl-C) and when its deadline passes.
package xi
