package xi

// This file is the agreed API (signatures and contracts); the bodies are
// filled in by the owner of core/xi, who may split it into files and add
// to it but not change these signatures without telling the users.

// Queue is a FIFO of Items shared by interpreters (PEP 734's queues).
// maxsize <= 0 means unbounded. Safe for concurrent use.
type Queue struct {
	notImplemented
}

// NewQueue returns an empty queue.
func NewQueue(maxsize int) *Queue { panic("xi: todo") }

// Maxsize returns the bound given to NewQueue (<= 0: unbounded).
func (q *Queue) Maxsize() int { panic("xi: todo") }

// Len returns how many items are queued.
func (q *Queue) Len() int { panic("xi: todo") }

// Full reports whether a bounded queue holds maxsize items.
func (q *Queue) Full() bool { panic("xi: todo") }

// Put appends it, waiting per w while the queue is full: nil, ErrFull
// (non-blocking), ErrTimeout, ErrInterrupted or ErrDestroyed.
func (q *Queue) Put(it Item, w Wait) error { panic("xi: todo") }

// Get removes the oldest item, waiting per w while the queue is empty:
// the item and nil, or ErrEmpty (non-blocking), ErrTimeout,
// ErrInterrupted, ErrDestroyed.
func (q *Queue) Get(w Wait) (Item, error) { panic("xi: todo") }

// Destroy empties the queue and wakes every waiter with ErrDestroyed.
func (q *Queue) Destroy() { panic("xi: todo") }

// Unbind applies fn to every queued item put by interpreter owner (fn
// returns the replacement item and whether to keep it): 3.13's handling of
// items whose interpreter was destroyed.
func (q *Queue) Unbind(owner int64, fn func(Item) (Item, bool)) { panic("xi: todo") }

// Channel is a channel with per-end closing: Send is a rendezvous (it
// returns once a receiver took the item), SendNowait only enqueues.
// Safe for concurrent use.
type Channel struct {
	notImplemented
}

// NewChannel returns an open, empty channel.
func NewChannel() *Channel { panic("xi: todo") }

// Send enqueues it and waits until a receiver took it: nil; ErrClosed
// if the channel's send side is closed, or its receive side is closed
// before or while waiting (the item is withdrawn); ErrTimeout or
// ErrInterrupted (the item is withdrawn unless it was already taken, in
// which case Send returns nil).
func (c *Channel) Send(it Item, w Wait) error { panic("xi: todo") }

// SendNowait enqueues it without waiting for a receiver: nil or
// ErrClosed.
func (c *Channel) SendNowait(it Item) error { panic("xi: todo") }

// Recv takes the oldest item (releasing its sender if it waits in Send),
// waiting per w while the channel is empty: ErrEmpty (non-blocking),
// ErrClosed once the send side is closed and nothing is left (or the
// receive side is closed), ErrTimeout, ErrInterrupted.
func (c *Channel) Recv(w Wait) (Item, error) { panic("xi: todo") }

// CloseSend closes the sending side (idempotent): receivers drain what is
// queued, then get ErrClosed; blocked receivers on an empty channel wake
// with ErrClosed.
func (c *Channel) CloseSend() { panic("xi: todo") }

// CloseRecv closes the receiving side (idempotent). With items queued it
// returns ErrNotEmpty and closes nothing unless force, which drops them
// (their blocked senders get ErrClosed). Blocked senders and receivers
// wake with ErrClosed.
func (c *Channel) CloseRecv(force bool) error { panic("xi: todo") }

// SendClosed and RecvClosed report whether each side is closed.
func (c *Channel) SendClosed() bool { panic("xi: todo") }
func (c *Channel) RecvClosed() bool { panic("xi: todo") }

// Len returns how many items are queued (sent, not yet received).
func (c *Channel) Len() int { panic("xi: todo") }

// Unbind is Queue.Unbind for a channel's queued items.
func (c *Channel) Unbind(owner int64, fn func(Item) (Item, bool)) { panic("xi: todo") }

// Source is a receiving end Select can wait on: *Queue or *Channel.
type Source interface {
	// source is unexported: only xi's types are sources.
	source() *waitable
}

// Select waits until one of srcs has an item, takes it (releasing a
// channel's rendezvous sender) and returns the index of that source and
// the item. Among several ready sources it picks one at random. Errors:
// ErrEmpty (w.Block false and nothing ready), ErrTimeout, ErrInterrupted,
// and ErrClosed with the index of a channel that is closed and drained.
func Select(srcs []Source, w Wait) (int, Item, error) { panic("xi: todo") }

// Registry numbers the queues and channels of a runtime (the IDs
// _interpqueues and _interpchannels hand out, from 1, never reused within
// an initialization). It lives in statestruct.Runtime.XI. Extra is where
// the bindings keep their own per-object bookkeeping (3.13's per-end
// associations, default fmt/unboundop); it is set at Add and read-only
// afterwards (point it at a struct with its own mutex).
type Registry struct {
	notImplemented
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { panic("xi: todo") }

// AddQueue registers q and returns its ID. weak: the registry does not
// keep q alive (high-level queues, collected when unreachable); otherwise
// it does until RemoveQueue (low-level _interpqueues.create).
func (r *Registry) AddQueue(q *Queue, extra any, weak bool) int64 { panic("xi: todo") }

// Queue returns the queue with that ID and its Extra, or nil.
func (r *Registry) Queue(id int64) (*Queue, any) { panic("xi: todo") }

// RemoveQueue unregisters a queue (after Destroy); false if unknown.
func (r *Registry) RemoveQueue(id int64) bool { panic("xi: todo") }

// Queues returns the IDs of the live queues, in creation order.
func (r *Registry) Queues() []int64 { panic("xi: todo") }

// AddChannel, Channel, RemoveChannel and Channels are the same for
// channels.
func (r *Registry) AddChannel(c *Channel, extra any, weak bool) int64 { panic("xi: todo") }
func (r *Registry) Channel(id int64) (*Channel, any)                  { panic("xi: todo") }
func (r *Registry) RemoveChannel(id int64) bool                       { panic("xi: todo") }
func (r *Registry) Channels() []int64                                 { panic("xi: todo") }

// UnbindAll applies fn to the items interpreter owner put in every queue
// and channel (called when that interpreter is destroyed).
func (r *Registry) UnbindAll(owner int64, fn func(Item) (Item, bool)) { panic("xi: todo") }

type notImplemented struct{}
type waitable struct{}
