package interpreters

import (
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
	"github.com/subpy/subpy/core/xi"
)

// selectEnds is concurrent.interpreters.select(*ends, timeout=None): wait
// until one of the receiving ends (RecvChannel or Queue) has an object,
// take it and return (end, obj), end being the very object passed in.
// Among several ready ends one is picked at random. timeout=0 polls;
// TimeoutError when the time is up; ChannelClosedError when a channel end
// is closed and drained.
func selectEnds(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
	t := ot.Eval.(*vm.Thread)
	nkw := kw.Len()
	ends := args[:len(args)-nkw]
	tv := object.Null
	for i := 0; i < nkw; i++ {
		name, _ := object.AsStr(kw.Items[i])
		if name == nil || name.String() != "timeout" {
			n := "?"
			if name != nil {
				n = name.String()
			}
			return t.Raisef(object.TypeErrorType, "select() got an unexpected keyword argument '%s'", n)
		}
		tv = args[len(args)-nkw+i]
	}
	if len(ends) == 0 {
		return t.RaiseMsg(object.ValueErrorType, "select() needs at least one receiving end")
	}
	d, wait, ok := timeoutArg(t, tv)
	if !ok {
		return object.Null
	}
	var buf [8]xi.Source
	srcs := buf[:0]
	for _, e := range ends {
		switch object.TypeOf(e) {
		case queueType:
			srcs = append(srcs, asQueue(e).q)
		case recvType:
			srcs = append(srcs, asEnd(e).c)
		default:
			return t.Raisef(object.TypeErrorType, "select() takes receiving ends (RecvChannel or Queue), not %s", object.TypeOf(e).Name)
		}
	}
	i, it, err := xi.Select(srcs, xi.Wait{})
	if err == xi.ErrEmpty && wait {
		b := newBlocker(t, d)
		for retry := true; retry; {
			i, it, err = xi.Select(srcs, b.wait())
			err, retry = b.done(err)
		}
	}
	if err != nil {
		switch err {
		case errRaised:
			return object.Null
		case xi.ErrEmpty, xi.ErrTimeout:
			return t.RaiseMsg(object.TimeoutErrorType, "timed out")
		case xi.ErrClosed:
			if i >= 0 && i < len(ends) && object.TypeOf(ends[i]) == recvType {
				return chanErr(t, asEnd(ends[i]).id, err)
			}
		case xi.ErrDestroyed:
			if i >= 0 && i < len(ends) && object.TypeOf(ends[i]) == queueType {
				return queueErr(t, asQueue(ends[i]).id, err, true)
			}
		}
		return t.Raisef(msgStateOf(t).chanError, "select: %v", err)
	}
	v := it.Value
	if v.IsNull() {
		v = object.None
	}
	return object.NewTuple([]object.Value{ends[i], v}).Value()
}
