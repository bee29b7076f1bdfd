package vm

import (
	"testing"
	"unsafe"

	"github.com/subpy/subpy/core/object"
)

func TestHandleTableIdentityAndFreeList(t *testing.T) {
	// fake stands for C header addresses (the table only stores them).
	fake := make([]byte, 8)
	addr := func(i int) unsafe.Pointer { return unsafe.Pointer(&fake[i]) }
	var h HandleTable
	l := object.NewList(nil).Value()
	if h.Lookup(l) != 0 {
		t.Fatal("empty table found a handle")
	}
	id := h.Add(l, addr(0))
	if id == 0 {
		t.Fatal("handle 0 handed out")
	}
	if h.Lookup(l) != id || h.Get(uint64(id)).C != addr(0) || !h.Get(uint64(id)).Value.Is(l) {
		t.Fatal("heap value not found by identity")
	}
	// Unboxed values are never looked up by identity.
	n := object.Int(7)
	nid := h.Add(n, addr(1))
	if h.Lookup(n) != 0 || nid == id {
		t.Fatal("an unboxed int was mapped by identity")
	}
	if h.Len() != 2 {
		t.Fatalf("Len = %d", h.Len())
	}
	old := h.Remove(uint64(id))
	if old.C != addr(0) || h.Lookup(l) != 0 || h.Get(uint64(id)) != nil {
		t.Fatal("removed entry still visible")
	}
	// The freed handle is reused.
	again := h.Add(object.NewDict().Value(), addr(2))
	if again != id {
		t.Fatalf("free handle %d not reused (got %d)", id, again)
	}
	if h.Get(0) != nil || h.Get(1000) != nil {
		t.Fatal("invalid handles resolved")
	}
	var drained int
	h.Spare = append(h.Spare, addr(3))
	spares := 0
	h.Drain(func(e HandleEntry) { drained++ }, func(unsafe.Pointer) { spares++ })
	if spares != 1 {
		t.Fatalf("drained %d spare headers", spares)
	}
	if drained != 2 || h.Len() != 0 {
		t.Fatalf("drained %d, Len %d", drained, h.Len())
	}
}

func TestCompileSourceErrorsAndSingle(t *testing.T) {
	in, th, err := NewInterp(Config{})
	if err != nil {
		t.Fatal(err)
	}
	_ = in
	if code := th.CompileSource([]byte("x = (\n"), "<t>", CompileFile); code != nil || th.Exc == nil {
		t.Fatal("syntax error not raised")
	}
	if name := th.Exc.Type().Name; name != "SyntaxError" {
		t.Fatalf("raised %s", name)
	}
	if th.ExceptionType("SyntaxError") != th.Exc.Type() {
		t.Fatal("SyntaxError class not shared by the interpreter")
	}
	th.Clear()
	if code := th.CompileSource([]byte("1 + 1"), "<t>", CompileSingle); code == nil {
		t.Fatalf("single input failed: %v", th.Exc)
	}
	if typ := th.ExceptionType("NoSuchError"); typ != object.SystemErrorType {
		t.Fatalf("unknown exception name gave %s", typ.Name)
	}
	if th.ExceptionType("FileNotFoundError").Base != th.ExceptionType("OSError") {
		t.Fatal("FileNotFoundError is not an OSError")
	}
}
