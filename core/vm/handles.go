package vm

import (
	"unsafe"

	"github.com/subpy/subpy/core/object"
)

// HandleTable maps the C headers the embedding layer (capi) hands out to
// the values they stand for: one per interpreter, in Interp.Handles,
// touched only by the thread that holds the interpreter's lock
// (docs/capi-objects.md).
//
// A handle is an index into entries (0 is never used, so a zeroed header
// is recognizably invalid). Free handles are kept on a free list and
// reused. byPtr maps a heap object to its handle so that one Go object
// keeps one C address while C holds it; unboxed ints and floats are never
// in byPtr (each crossing gets a fresh header). The table knows nothing of
// C: it stores the header's address and the address of C memory the entry
// owns besides (a UTF-8 buffer, a type's name), and capi allocates and
// frees both (pointers to C memory: Go's collector ignores them).
type HandleTable struct {
	entries []HandleEntry
	free    []uint32
	byPtr   map[unsafe.Pointer]uint32
	// byC maps each live header's C address to its handle, so a pointer
	// that is no live header (freed, or never one) is recognized without
	// reading its memory.
	byC  map[unsafe.Pointer]uint32
	live int
	// Borrowed holds one reference to each header handed out as a
	// borrowed reference with no object to keep it alive (PyEval_GetBuiltins,
	// PyImport_AddModule...), by slot, until the interpreter ends or the
	// slot answers another value.
	Borrowed map[BorrowSlot]BorrowedRef
	// Statics maps the classes this interpreter made for exception types
	// the C front has static objects for (ExceptionType) to their index.
	Statics map[object.Value]int
	// Spare holds freed object headers (C memory of one size) for reuse:
	// allocating and freeing them from Go costs a cgo transition each.
	Spare []unsafe.Pointer

	// The quarantine: headers whose C count reached zero, oldest first
	// (a ring of at most MaxQuarantine slots). Such a header stays valid
	// (its entry stays in the table) until it is evicted; a later
	// Py_INCREF or a lookup of the same heap object revives it
	// (docs/capi-objects.md, "Reference counts").
	quar      []quarSlot
	qhead, qn int
	qseq      uint64
}

type quarSlot struct {
	id  uint32
	p   unsafe.Pointer
	seq uint64
}

// MaxQuarantine bounds the headers with a zero count kept valid.
const MaxQuarantine = 1 << 16

// BorrowSlot names where a borrowed reference came from: the operation
// (tuple item, list item, dict item, dict position, sys attribute...)
// and its key (S for a str key, V for another key, I for an index).
type BorrowSlot struct {
	Op int
	S  string
	V  object.Value
	I  int64
}

// BorrowedRef is the value a slot last answered and its header.
type BorrowedRef struct {
	V object.Value
	P unsafe.Pointer
}

// Quarantine puts the header p of live entry id, whose count reached
// zero, at the end of the quarantine. When the quarantine is over its
// bound, it returns the oldest header still quarantined (ok): the caller
// frees it if its count is still zero, or calls Unquarantine.
func (h *HandleTable) Quarantine(id uint32, p unsafe.Pointer) (oid uint32, op unsafe.Pointer, ok bool) {
	if h.quar == nil {
		h.quar = make([]quarSlot, MaxQuarantine)
	}
	h.qseq++
	h.entries[id].QSeq = h.qseq
	if h.qn == len(h.quar) {
		old := h.quar[h.qhead]
		h.qhead = (h.qhead + 1) % len(h.quar)
		h.qn--
		if e := h.Get(uint64(old.id)); e != nil && e.C == old.p && e.QSeq == old.seq {
			oid, op, ok = old.id, old.p, true
		}
	}
	h.quar[(h.qhead+h.qn)%len(h.quar)] = quarSlot{id: id, p: p, seq: h.qseq}
	h.qn++
	return
}

// Unquarantine marks entry id as out of the quarantine (it was revived).
func (h *HandleTable) Unquarantine(id uint32) {
	if e := h.Get(uint64(id)); e != nil {
		e.QSeq = 0
	}
}

// HandleEntry is one live C header.
type HandleEntry struct {
	Value object.Value
	// C is the header's address (nil: the entry is free).
	C unsafe.Pointer
	// Aux is C memory owned by the entry (nil: none), freed with it.
	Aux unsafe.Pointer
	// Pinned entries (the C type objects of Go types) are not freed when
	// their count drops to zero; they live as long as the interpreter.
	Pinned bool
	// Borrowed holds one reference to each header handed out as a
	// borrowed reference from this object (PyTuple_GetItem, PyDict_GetItem),
	// by slot (an index, a key), until this header is freed or the slot
	// answers another value.
	Borrowed map[BorrowSlot]BorrowedRef
	// QSeq is nonzero while the entry is in the quarantine (its count
	// reached zero): the sequence number of its last arrival there.
	QSeq uint64
	// Kept holds the references C handed to this object with a stealing
	// call (PyTuple_SetItem, PyList_SetItem, PyModule_AddObject): the
	// caller may go on using the pointer while this object lives, as in
	// CPython. Released when this header is freed.
	Kept []unsafe.Pointer
}

// Lookup returns the handle of a heap value that has a header, or 0.
func (h *HandleTable) Lookup(v object.Value) uint32 {
	if !v.IsHeap() || h.byPtr == nil {
		return 0
	}
	return h.byPtr[v.Ptr()]
}

// Add records a new header at address c for v and returns its handle.
func (h *HandleTable) Add(v object.Value, c unsafe.Pointer) uint32 {
	if len(h.entries) == 0 {
		h.entries = append(h.entries, HandleEntry{}) // handle 0: invalid
	}
	var id uint32
	if n := len(h.free); n > 0 {
		id = h.free[n-1]
		h.free = h.free[:n-1]
		h.entries[id] = HandleEntry{Value: v, C: c}
	} else {
		id = uint32(len(h.entries))
		h.entries = append(h.entries, HandleEntry{Value: v, C: c})
	}
	if v.IsHeap() {
		if h.byPtr == nil {
			h.byPtr = make(map[unsafe.Pointer]uint32)
		}
		h.byPtr[v.Ptr()] = id
	}
	if h.byC == nil {
		h.byC = make(map[unsafe.Pointer]uint32)
	}
	h.byC[c] = id
	h.live++
	return id
}

// HandleAt returns the handle of the live header at C address c, or 0.
func (h *HandleTable) HandleAt(c unsafe.Pointer) uint32 {
	return h.byC[c]
}

// Get returns the live entry of handle id, or nil.
func (h *HandleTable) Get(id uint64) *HandleEntry {
	if id == 0 || id >= uint64(len(h.entries)) || h.entries[id].C == nil {
		return nil
	}
	return &h.entries[id]
}

// Remove frees handle id and returns what its entry held.
func (h *HandleTable) Remove(id uint64) HandleEntry {
	e := h.Get(id)
	if e == nil {
		return HandleEntry{}
	}
	old := *e
	if old.Value.IsHeap() && h.byPtr[old.Value.Ptr()] == uint32(id) {
		delete(h.byPtr, old.Value.Ptr())
	}
	if h.byC[old.C] == uint32(id) {
		delete(h.byC, old.C)
	}
	*e = HandleEntry{}
	h.free = append(h.free, uint32(id))
	h.live--
	return old
}

// Len returns the number of live entries.
func (h *HandleTable) Len() int { return h.live }

// Drain removes every live entry, calling f with each (to free its C
// memory) and spare with each spare header: the interpreter is ending.
func (h *HandleTable) Drain(f func(HandleEntry), spare func(unsafe.Pointer)) {
	for i := range h.entries {
		if h.entries[i].C != nil {
			f(h.entries[i])
		}
	}
	for _, p := range h.Spare {
		spare(p)
	}
	*h = HandleTable{}
}
