package interpreters

import (
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/core/xi"
)

// Channel IDs: CPython 3.13 numbers channels from 0, the xi registry from
// 1; a channel's Python ID is its registry ID minus one.
func pyChanID(xid int64) int64 { return xid - 1 }
func xiChanID(id int64) int64  { return id + 1 }

// chanEnd is a RecvChannel or a SendChannel: a shareable handle to a
// runtime-level channel. Both fields are set at creation, never written.
type chanEnd struct {
	object.Header
	c  *xi.Channel
	id int64 // the Python (3.13) channel ID
}

func asEnd(v object.Value) *chanEnd { return object.As[chanEnd](v) }

// chanExtra is the registry's bookkeeping of a channel for
// _interpchannels: its default unboundop and which interpreters used
// which end (3.13's associations).
type chanExtra struct {
	unboundop int64
	mu        sync.Mutex
	send      map[int64]bool // interpreter ID → released; guarded by mu
	recv      map[int64]bool // the same for the receiving end
}

func (e *chanExtra) associate(send bool, interp int64) {
	e.mu.Lock()
	m := &e.recv
	if send {
		m = &e.send
	}
	if *m == nil {
		*m = map[int64]bool{}
	}
	if _, ok := (*m)[interp]; !ok {
		(*m)[interp] = false
	}
	e.mu.Unlock()
}

// createChannel is concurrent.interpreters.create_channel().
func createChannel(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
	t := ot.Eval.(*vm.Thread)
	if len(args) != 0 {
		return t.Raisef(object.TypeErrorType, "create_channel() takes no arguments (%d given)", len(args))
	}
	reg := registryOf(t)
	if reg == nil {
		return object.Null
	}
	c := xi.NewChannel()
	id := pyChanID(reg.AddChannel(c, &chanExtra{unboundop: unboundReplace}, true))
	r := &chanEnd{Header: object.MakeHeader(recvType), c: c, id: id}
	s := &chanEnd{Header: object.MakeHeader(sendType), c: c, id: id}
	return object.NewTuple([]object.Value{object.FromHeap(r), object.FromHeap(s)}).Value()
}

// chanErr raises the Python exception for a channel operation's error.
func chanErr(t *vm.Thread, id int64, err error) object.Value {
	if err == errRaised {
		return object.Null
	}
	s := msgStateOf(t)
	switch err {
	case xi.ErrClosed:
		return t.Raisef(s.chanClosed, "channel %d is closed", id)
	case xi.ErrEmpty:
		return t.Raisef(s.chanEmpty, "channel %d is empty", id)
	case xi.ErrNotEmpty:
		return t.Raisef(s.chanNotEmpty, "channel %d may not be closed if not empty (try force=True)", id)
	case xi.ErrTimeout:
		return t.RaiseMsg(object.TimeoutErrorType, "timed out")
	case xi.ErrNotFound, xi.ErrDestroyed:
		return t.Raisef(s.chanNotFound, "channel %d not found", id)
	}
	return t.Raisef(s.chanError, "channel %d: %v", id, err)
}

// chanRecv takes the next object: wait false polls (an empty channel is
// ErrEmpty), otherwise it blocks up to d (0: forever).
func chanRecv(t *vm.Thread, c *xi.Channel, wait bool, d time.Duration) (xi.Item, error) {
	it, err := c.Recv(xi.Wait{})
	if err == xi.ErrEmpty && wait {
		b := newBlocker(t, d)
		for retry := true; retry; {
			it, err = c.Recv(b.wait())
			err, retry = b.done(err)
		}
	}
	return it, err
}

// chanSend sends it and waits until a receiver took it. wait false is a
// timeout of 0, not send_nowait: as in CPython (whose wait for the
// receiver fails at once), the send fails with ErrTimeout and the item is
// withdrawn, unless a receiver takes it at once (one already blocked in
// recv). Sends that do not wait (send_nowait, blocking=False) call
// SendNowait instead.
func chanSend(t *vm.Thread, c *xi.Channel, it xi.Item, wait bool, d time.Duration) error {
	if !wait {
		d = time.Nanosecond
	}
	b := newBlocker(t, d)
	for {
		err, retry := b.done(c.Send(it, b.wait()))
		if !retry {
			return err
		}
	}
}

func newEndType(name string, recv bool) *object.Type {
	typ := object.NewBuiltinType(name, nil)
	typ.Module = "concurrent.interpreters"
	typ.New = nil
	typ.Repr = func(t *object.Thread, v object.Value) object.Value {
		return object.NewStr(name + "(id=" + strconv.FormatInt(asEnd(v).id, 10) + ")").Value()
	}
	typ.Hash = func(t *object.Thread, v object.Value) (int64, bool) { return idHash(asEnd(v).id), true }
	typ.Compare = func(t *object.Thread, a, b object.Value, op int) object.Value {
		if object.TypeOf(b) != typ || (op != opcode.CMP_EQ && op != opcode.CMP_NE) {
			return object.NotImplemented
		}
		return object.Bool((asEnd(a).c == asEnd(b).c) == (op == opcode.CMP_EQ))
	}
	typ.AddGetter("id", func(t *object.Thread, v object.Value) object.Value { return object.Int(asEnd(v).id) })
	method := func(mname string, f func(t *vm.Thread, e *chanEnd, args []object.Value, kw *object.Tuple) object.Value) {
		typ.AddMethod(mname, func(ot *object.Thread, self object.Value, args []object.Value, kw *object.Tuple) object.Value {
			return f(ot.Eval.(*vm.Thread), asEnd(self), args, kw)
		})
	}
	if recv {
		typ.AddGetter("is_closed", func(t *object.Thread, v object.Value) object.Value {
			c := asEnd(v).c
			return object.Bool(c.RecvClosed() || (c.SendClosed() && c.Len() == 0))
		})
		method("recv", func(t *vm.Thread, e *chanEnd, args []object.Value, kw *object.Tuple) object.Value {
			wait, d := true, time.Duration(0)
			if len(args) != 0 {
				a, ok := parseArgs(t, &sig{fname: "recv", names: []string{"timeout"}, npos: 1}, args, kw)
				if !ok {
					return object.Null
				}
				if d, wait, ok = timeoutArg(t, a[0]); !ok {
					return object.Null
				}
			}
			it, err := chanRecv(t, e.c, wait, d)
			if err != nil {
				if err == xi.ErrEmpty {
					err = xi.ErrTimeout
				}
				return chanErr(t, e.id, err)
			}
			if it.Value.IsNull() {
				return object.None
			}
			return it.Value
		})
		method("recv_nowait", func(t *vm.Thread, e *chanEnd, args []object.Value, kw *object.Tuple) object.Value {
			var def object.Value
			if len(args) != 0 {
				a, ok := parseArgs(t, &sig{fname: "recv_nowait", names: []string{"default"}, npos: 1}, args, kw)
				if !ok {
					return object.Null
				}
				def = a[0]
			}
			it, err := e.c.Recv(xi.Wait{})
			if err != nil {
				if err == xi.ErrEmpty && !def.IsNull() {
					return def
				}
				return chanErr(t, e.id, err)
			}
			if it.Value.IsNull() {
				return object.None
			}
			return it.Value
		})
		method("close", func(t *vm.Thread, e *chanEnd, args []object.Value, kw *object.Tuple) object.Value {
			a, ok := parseArgs(t, &sig{fname: "close", names: []string{"force"}, npos: 1}, args, kw)
			if !ok {
				return object.Null
			}
			force, ok := flag(t, a[0])
			if !ok {
				return object.Null
			}
			if err := e.c.CloseRecv(force); err != nil {
				return chanErr(t, e.id, err)
			}
			return object.None
		})
		return typ
	}
	typ.AddGetter("is_closed", func(t *object.Thread, v object.Value) object.Value {
		c := asEnd(v).c
		return object.Bool(c.SendClosed() || c.RecvClosed())
	})
	method("send", func(t *vm.Thread, e *chanEnd, args []object.Value, kw *object.Tuple) object.Value {
		wait, d := true, time.Duration(0)
		obj := object.Null
		if len(args) == 1 && kw == nil {
			obj = args[0]
		} else {
			a, ok := parseArgs(t, &sig{fname: "send", names: []string{"obj", "timeout"}, npos: 2, nreq: 1}, args, kw)
			if !ok {
				return object.Null
			}
			if d, wait, ok = timeoutArg(t, a[1]); !ok {
				return object.Null
			}
			obj = a[0]
		}
		if !shareable(obj) {
			return notShareable(t, obj)
		}
		if err := chanSend(t, e.c, xi.Item{Value: obj, Owner: ownerOf(t)}, wait, d); err != nil {
			return chanErr(t, e.id, err)
		}
		return object.None
	})
	method("send_nowait", func(t *vm.Thread, e *chanEnd, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 1 || kw.Len() != 0 {
			if !noKw(t, "send_nowait", kw) {
				return object.Null
			}
			return t.Raisef(object.TypeErrorType, "send_nowait() takes exactly one argument (%d given)", len(args))
		}
		if !shareable(args[0]) {
			return notShareable(t, args[0])
		}
		if err := e.c.SendNowait(xi.Item{Value: args[0], Owner: ownerOf(t)}); err != nil {
			return chanErr(t, e.id, err)
		}
		return object.None
	})
	method("close", func(t *vm.Thread, e *chanEnd, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 0 {
			return t.Raisef(object.TypeErrorType, "SendChannel.close() takes no arguments (%d given)", len(args))
		}
		e.c.CloseSend()
		return object.None
	})
	return typ
}

// --- _interpchannels -----------------------------------------------------

// chanIDObj is a _interpchannels.ChannelID: a channel's ID and which end
// it names (0 both, 1 send, 2 recv). Immutable, shareable.
type chanIDObj struct {
	object.Header
	id  int64
	end uint8
}

const (
	endBoth = 0
	endSend = 1
	endRecv = 2
)

// channelIDType and channelInfoType are built at package initialization
// and immutable afterwards.
var (
	channelIDType   = newChannelIDType()
	channelInfoType = object.NewStructSeqType("_interpchannels", "ChannelInfo", []string{
		"open", "closing", "closed", "count",
		"num_interp_send", "num_interp_send_released", "num_interp_recv", "num_interp_recv_released",
		"num_interp_both", "num_interp_both_released", "num_interp_both_send_released", "num_interp_both_recv_released",
		"send_associated", "send_released", "recv_associated", "recv_released"}, 8)
)

func newChannelID(id int64, end uint8) object.Value {
	return object.FromHeap(&chanIDObj{Header: object.MakeHeader(channelIDType), id: id, end: end})
}

func newChannelIDType() *object.Type {
	typ := object.NewBuiltinType("ChannelID", nil)
	typ.Module = "_interpchannels"
	typ.New = nil
	as := func(v object.Value) *chanIDObj { return object.As[chanIDObj](v) }
	mk := func(id int64, end uint8) object.Value {
		return object.FromHeap(&chanIDObj{Header: object.MakeHeader(typ), id: id, end: end})
	}
	typ.Repr = func(t *object.Thread, v object.Value) object.Value {
		c := as(v)
		s := "ChannelID(" + strconv.FormatInt(c.id, 10)
		switch c.end {
		case endSend:
			s += ", send=True"
		case endRecv:
			s += ", recv=True"
		}
		return object.NewStr(s + ")").Value()
	}
	typ.Str = func(t *object.Thread, v object.Value) object.Value {
		return object.NewStr(strconv.FormatInt(as(v).id, 10)).Value()
	}
	typ.Hash = func(t *object.Thread, v object.Value) (int64, bool) { return idHash(as(v).id), true }
	typ.Index = func(t *object.Thread, v object.Value) object.Value { return object.Int(as(v).id) }
	typ.Compare = func(t *object.Thread, a, b object.Value, op int) object.Value {
		if op != opcode.CMP_EQ && op != opcode.CMP_NE {
			return object.NotImplemented
		}
		var other int64
		switch {
		case object.TypeOf(b) == typ:
			// 3.13: IDs of different ends differ.
			if as(a).end != as(b).end {
				return object.Bool(op == opcode.CMP_NE)
			}
			other = as(b).id
		case object.IsInt(b):
			o, ok := object.AsInt64(b)
			if !ok {
				return object.Bool(op == opcode.CMP_NE)
			}
			other = o
		default:
			return object.NotImplemented
		}
		return object.Bool((as(a).id == other) == (op == opcode.CMP_EQ))
	}
	typ.AddGetter("end", func(t *object.Thread, v object.Value) object.Value {
		return object.NewStr([]string{"both", "send", "recv"}[as(v).end]).Value()
	})
	typ.AddGetter("send", func(t *object.Thread, v object.Value) object.Value { return mk(as(v).id, endSend) })
	typ.AddGetter("recv", func(t *object.Thread, v object.Value) object.Value { return mk(as(v).id, endRecv) })
	return typ
}

// channelsModule is _interpchannels with CPython 3.13.0's functions.
type channelsModule struct{}

func (channelsModule) Name() string { return "_interpchannels" }
func (channelsModule) Lazy() bool   { return true }

// lowChannel finds the channel a cid argument (a ChannelID or an int)
// names, raising ChannelNotFoundError.
func lowChannel(t *vm.Thread, v object.Value) (*xi.Channel, *chanExtra, int64, bool) {
	var id int64
	if object.TypeOf(v) == channelIDType {
		id = object.As[chanIDObj](v).id
	} else {
		var ok bool
		if id, ok = idArg(t, v); !ok {
			return nil, nil, 0, false
		}
	}
	reg := registryOf(t)
	if reg == nil {
		return nil, nil, 0, false
	}
	c, ex := reg.Channel(xiChanID(id))
	if c == nil {
		t.Raisef(msgStateOf(t).chanNotFound, "channel %d not found", id)
		return nil, nil, id, false
	}
	e, _ := ex.(*chanExtra)
	if e == nil {
		e = &chanExtra{unboundop: unboundReplace}
	}
	return c, e, id, true
}

// chanInfo builds get_info's ChannelInfo as the calling interpreter sees
// the channel.
func chanInfo(t *vm.Thread, c *xi.Channel, e *chanExtra) object.Value {
	me := ownerOf(t)
	n := c.Len()
	closed := c.RecvClosed() || (c.SendClosed() && n == 0)
	closing := !closed && c.SendClosed()
	e.mu.Lock()
	count := func(m map[int64]bool, released bool) int64 {
		k := int64(0)
		for _, r := range m {
			if r == released {
				k++
			}
		}
		return k
	}
	ns, nsr, nr, nrr := count(e.send, false), count(e.send, true), count(e.recv, false), count(e.recv, true)
	var nb, nbr, nbs, nbrr int64
	for id, r := range e.send {
		if rr, ok := e.recv[id]; ok {
			switch {
			case !r && !rr:
				nb++
			case r && rr:
				nbr++
			case r:
				nbs++
			default:
				nbrr++
			}
		}
	}
	sr, sa := e.send[me]
	rr, ra := e.recv[me]
	e.mu.Unlock()
	if closed {
		ns, nsr, nr, nrr, nb, nbr, nbs, nbrr = 0, 0, 0, 0, 0, 0, 0, 0
		sa, ra = false, false
	}
	b := object.Bool
	i := func(k int64) object.Value { return object.Int(k) }
	return object.NewStructSeq(channelInfoType, []object.Value{
		b(!closed && !closing), b(closing), b(closed), object.Int(int64(n)),
		i(ns), i(nsr), i(nr), i(nrr)}, []object.Value{i(nb), i(nbr), i(nbs), i(nbrr),
		b(sa && !sr), b(sa && sr), b(ra && !rr), b(ra && rr)})
}

// Exec implements vm.ModuleDef.
func (channelsModule) Exec(t *vm.Thread, m *object.Module) bool {
	s := msgStateOf(t)
	set := func(name string, v object.Value) { m.Dict.SetStr(object.NewStr(name), v) }
	set("__doc__", object.NewStr("This module provides primitive operations to manage Python interpreters.\nThe 'interpreters' module provides a more convenient interface.").Value())
	set("ChannelError", s.chanError.Value())
	set("ChannelNotFoundError", s.chanNotFound.Value())
	set("ChannelClosedError", s.chanClosed.Value())
	set("ChannelEmptyError", s.chanEmpty.Value())
	set("ChannelNotEmptyError", s.chanNotEmpty.Value())
	set("ChannelID", channelIDType.Value())
	set("ChannelInfo", channelInfoType.Value())
	fn := func(name string, sg *sig, f func(t *vm.Thread, a []object.Value) object.Value) {
		set(name, sigBuiltin(m, name, sg, f))
	}
	one := func(name string) *sig { return &sig{fname: name, names: []string{"cid"}, npos: 1, nreq: 1} }
	fn("create", &sig{fname: "create", names: []string{"unboundop"}, npos: 1, nreq: 1}, func(t *vm.Thread, a []object.Value) object.Value {
		op, ok := unboundArg(t, a[0])
		if !ok {
			return object.Null
		}
		reg := registryOf(t)
		if reg == nil {
			return object.Null
		}
		return newChannelID(pyChanID(reg.AddChannel(xi.NewChannel(), &chanExtra{unboundop: op}, false)), endBoth)
	})
	fn("destroy", one("destroy"), func(t *vm.Thread, a []object.Value) object.Value {
		c, _, id, ok := lowChannel(t, a[0])
		if !ok {
			return object.Null
		}
		c.Destroy()
		registryOf(t).RemoveChannel(xiChanID(id))
		return object.None
	})
	fn("list_all", &sig{fname: "list_all"}, func(t *vm.Thread, a []object.Value) object.Value {
		reg := registryOf(t)
		if reg == nil {
			return object.Null
		}
		var out []object.Value
		for _, xid := range reg.Channels() {
			c, ex := reg.Channel(xid)
			e, _ := ex.(*chanExtra)
			if c == nil || e == nil || c.RecvClosed() || (c.SendClosed() && c.Len() == 0) {
				continue
			}
			out = append(out, object.NewTuple([]object.Value{newChannelID(pyChanID(xid), endBoth), object.Int(e.unboundop)}).Value())
		}
		return object.NewList(out).Value()
	})
	fn("list_interpreters", &sig{fname: "channel_list_interpreters", names: []string{"cid", "send"}, npos: 1, nreq: 2}, func(t *vm.Thread, a []object.Value) object.Value {
		_, e, _, ok := lowChannel(t, a[0])
		if !ok {
			return object.Null
		}
		send, ok := flag(t, a[1])
		if !ok {
			return object.Null
		}
		e.mu.Lock()
		m := e.recv
		if send {
			m = e.send
		}
		var ids []int64
		for id, released := range m {
			if !released {
				ids = append(ids, id)
			}
		}
		e.mu.Unlock()
		slices.Sort(ids)
		out := make([]object.Value, len(ids))
		for i, id := range ids {
			out[i] = object.Int(id)
		}
		return object.NewList(out).Value()
	})
	sendFn := func(name string, buffer bool) {
		fn(name, &sig{fname: "channel_" + name, names: []string{"cid", "obj", "unboundop", "blocking", "timeout"}, npos: 3, nreq: 2}, func(t *vm.Thread, a []object.Value) object.Value {
			c, e, id, ok := lowChannel(t, a[0])
			if !ok {
				return object.Null
			}
			op := e.unboundop
			if !a[2].IsNull() && a[2] != object.None {
				if op, ok = unboundArg(t, a[2]); !ok {
					return object.Null
				}
			}
			blocking := true
			if !a[3].IsNull() {
				if blocking, ok = flag(t, a[3]); !ok {
					return object.Null
				}
			}
			if !blocking && !a[4].IsNull() && a[4] != object.None {
				return t.RaiseMsg(object.ValueErrorType, "can't specify a timeout for a non-blocking call")
			}
			d, wait, ok := timeoutArg(t, a[4])
			if !ok {
				return object.Null
			}
			obj := a[1]
			if buffer && object.TypeOf(obj) == object.BytesType {
				obj = object.CallArgs(&t.Thread, object.MemoryViewType.Value(), obj)
				if obj.IsNull() {
					return obj
				}
			}
			if !shareable(obj) {
				return lowNotShareable(t, obj)
			}
			e.associate(true, ownerOf(t))
			it := xi.Item{Value: obj, Unbound: int(op), Owner: ownerOf(t)}
			var err error
			if blocking {
				err = chanSend(t, c, it, wait, d)
			} else {
				err = c.SendNowait(it)
			}
			if err != nil {
				return chanErr(t, id, err)
			}
			return object.None
		})
	}
	sendFn("send", false)
	sendFn("send_buffer", true)
	fn("recv", &sig{fname: "channel_recv", names: []string{"cid", "default"}, npos: 2, nreq: 1}, func(t *vm.Thread, a []object.Value) object.Value {
		c, e, id, ok := lowChannel(t, a[0])
		if !ok {
			return object.Null
		}
		e.associate(false, ownerOf(t))
		it, err := c.Recv(xi.Wait{})
		if err != nil {
			if err == xi.ErrEmpty && !a[1].IsNull() {
				return object.NewTuple([]object.Value{a[1], object.None}).Value()
			}
			return chanErr(t, id, err)
		}
		if it.Value.IsNull() {
			return object.NewTuple([]object.Value{object.None, object.Int(int64(it.Unbound))}).Value()
		}
		return object.NewTuple([]object.Value{it.Value, object.None}).Value()
	})
	closeFn := func(name string) {
		fn(name, &sig{fname: "channel_" + name, names: []string{"cid", "send", "recv", "force"}, npos: 1, nreq: 1}, func(t *vm.Thread, a []object.Value) object.Value {
			c, e, id, ok := lowChannel(t, a[0])
			if !ok {
				return object.Null
			}
			var send, recv, force bool
			if send, ok = flag(t, a[1]); !ok {
				return object.Null
			}
			if recv, ok = flag(t, a[2]); !ok {
				return object.Null
			}
			if force, ok = flag(t, a[3]); !ok {
				return object.Null
			}
			if !send && !recv {
				send, recv = true, true
			}
			if c.RecvClosed() || (c.SendClosed() && (c.Len() == 0 || !recv)) {
				return chanErr(t, id, xi.ErrClosed)
			}
			if recv {
				if err := c.CloseRecv(force); err != nil {
					return chanErr(t, id, err)
				}
			}
			if send {
				c.CloseSend()
			}
			if name == "release" {
				me := ownerOf(t)
				e.mu.Lock()
				if send && e.send != nil {
					e.send[me] = true
				}
				if recv && e.recv != nil {
					e.recv[me] = true
				}
				e.mu.Unlock()
			}
			return object.None
		})
	}
	closeFn("close")
	closeFn("release")
	fn("get_count", one("get_count"), func(t *vm.Thread, a []object.Value) object.Value {
		c, _, _, ok := lowChannel(t, a[0])
		if !ok {
			return object.Null
		}
		return object.Int(int64(c.Len()))
	})
	fn("get_info", one("get_info"), func(t *vm.Thread, a []object.Value) object.Value {
		c, e, _, ok := lowChannel(t, a[0])
		if !ok {
			return object.Null
		}
		return chanInfo(t, c, e)
	})
	fn("get_channel_defaults", one("get_channel_defaults"), func(t *vm.Thread, a []object.Value) object.Value {
		_, e, _, ok := lowChannel(t, a[0])
		if !ok {
			return object.Null
		}
		return object.Int(e.unboundop)
	})
	fn("_channel_id", &sig{fname: "_channel_id", names: []string{"id", "send", "recv", "force", "_resolve"}, npos: 1, nreq: 1}, func(t *vm.Thread, a []object.Value) object.Value {
		var id int64
		if object.TypeOf(a[0]) == channelIDType {
			id = object.As[chanIDObj](a[0]).id
		} else {
			var ok bool
			if id, ok = idArg(t, a[0]); !ok {
				return object.Null
			}
		}
		var send, recv, force, ok bool
		if send, ok = flag(t, a[1]); !ok {
			return object.Null
		}
		if recv, ok = flag(t, a[2]); !ok {
			return object.Null
		}
		if force, ok = flag(t, a[3]); !ok {
			return object.Null
		}
		if !force {
			if _, _, _, ok := lowChannel(t, object.Int(id)); !ok {
				return object.Null
			}
		}
		end := uint8(endBoth)
		switch {
		case send && !recv:
			end = endSend
		case recv && !send:
			end = endRecv
		}
		return newChannelID(id, end)
	})
	fn("_register_end_types", &sig{fname: "_register_end_types", names: []string{"send", "recv"}, npos: 2, nreq: 2}, func(t *vm.Thread, a []object.Value) object.Value {
		if object.AsType(a[0]) == nil || object.AsType(a[1]) == nil {
			return t.RaiseMsg(object.TypeErrorType, "expected a type")
		}
		return object.None
	})
	return true
}
