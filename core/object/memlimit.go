package object

// maxAllocBytes bounds one allocation of a sequence repetition or
// similar growth: Go cannot recover from a failed heap allocation (the
// runtime aborts), so a request the machine cannot satisfy raises
// MemoryError before it is made, where CPython's malloc would fail.
// memlimit_linux.go sets it from the machine's RAM + swap.
var maxAllocBytes int64 = 1 << 36

// allocTooLarge reports whether n items of size bytes each exceed what
// one allocation may ask for (n and size are positive).
func allocTooLarge(n, size int64) bool {
	return n > maxAllocBytes/size
}

// raiseNoMemory raises CPython's PyErr_NoMemory(): a MemoryError
// without a message.
func raiseNoMemory(t *Thread) Value {
	return t.Raise(NewException(MemoryErrorType))
}
