//go:build linux && !amd64

package thread

import "syscall"

// currentIdent is _thread.get_ident() for the calling OS thread: where
// the pthread_t cannot be read without cgo, the kernel's thread ID (unique
// among live threads, which is all get_ident promises).
func currentIdent() uint64 { return uint64(syscall.Gettid()) }
