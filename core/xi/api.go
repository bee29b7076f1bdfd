package xi

import (
	"time"

	"github.com/subpy/subpy/core/object"
)

// Error is what a queue, channel or select operation fails with. The
// bindings above turn each into the Python exception CPython raises.
type Error int

// The errors. They are constants: xi keeps no package-level state.
const (
	ErrEmpty       Error = iota + 1 // non-blocking get/recv found nothing
	ErrFull                         // non-blocking put on a full queue
	ErrTimeout                      // the Wait's deadline passed
	ErrClosed                       // the end (or the other end) is closed
	ErrNotEmpty                     // closing a receiving end with items queued, without force
	ErrInterrupted                  // the Wait's Interrupt fired
	ErrNotFound                     // no queue/channel with that ID
	ErrDestroyed                    // the queue/channel was destroyed while waiting
)

func (e Error) Error() string {
	switch e {
	case ErrEmpty:
		return "empty"
	case ErrFull:
		return "full"
	case ErrTimeout:
		return "timed out"
	case ErrClosed:
		return "closed"
	case ErrNotEmpty:
		return "not empty"
	case ErrInterrupted:
		return "interrupted"
	case ErrNotFound:
		return "not found"
	case ErrDestroyed:
		return "destroyed"
	}
	return "xi error"
}

// Item is one message. Value is the object; the other fields are
// bookkeeping for _interpqueues/_interpchannels (3.13's fmt and unboundop,
// and which interpreter put the item, for "unbound" handling when that
// interpreter is destroyed). Items are copied by value: no allocation per
// message for unboxed values.
type Item struct {
	Value   object.Value
	Fmt     int
	Unbound int
	Owner   int64
}

// Wait says how long an operation may block.
type Wait struct {
	// Block false: fail at once with ErrEmpty/ErrFull instead of waiting.
	Block bool
	// Timeout > 0 bounds the wait (ErrTimeout); <= 0 with Block waits
	// forever.
	Timeout time.Duration
	// Interrupt, when not nil, ends the wait with ErrInterrupted once it is
	// closed or receives (the VM's pending-asynchronous-exception signal).
	Interrupt <-chan struct{}
	// Alarm, when not nil, is rung (Alarm.Ring) by whoever makes Interrupt
	// receive: a wait parked where it cannot watch a channel (a futex, on
	// Linux) then sees Interrupt at once. Without one, such a wait looks
	// at Interrupt every interruptPoll. One Alarm serves one wait at a
	// time: a thread's.
	Alarm *Alarm
}
