package thread

import (
	"syscall"
	"unsafe"
)

// currentIdent is _thread.get_ident() for the calling OS thread: its
// pthread_t, as CPython returns it. On x86-64 Linux a thread's pthread_t
// is its thread pointer (the FS base), which arch_prctl reads; Go threads
// made without cgo have a distinct FS base too.
func currentIdent() uint64 {
	const archGetFS = 0x1003
	var fs uint64
	if _, _, e := syscall.RawSyscall(syscall.SYS_ARCH_PRCTL, archGetFS, uintptr(unsafe.Pointer(&fs)), 0); e != 0 || fs == 0 {
		return uint64(syscall.Gettid())
	}
	return fs
}
