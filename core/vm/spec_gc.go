package vm

import (
	"os"
	"runtime"
)

// gcBallast raises the Go collector's heap goal for small heaps
// (docs/engine-design.md §8, "Measurements (session 3)"). Go collects
// when the heap has grown by GOGC% (100) over the live heap, with a
// 4 MB floor: a Python program whose live data is a few megabytes but
// which allocates steadily (lists built in a loop, strings) ran a
// collection every few milliseconds, and spent 20-30% of its CPU time
// in marking and in the write barriers a running collection turns on —
// CPython, which frees by reference counting, pays none of that. The
// ballast is a pointer-free block counted as live heap: it moves the
// goal to about twice its size, is never scanned (no pointers) and never
// touched, so its pages are never resident. Large heaps are unaffected
// (the goal is proportional to them anyway). Setting GOGC in the
// environment turns it off (the user's policy wins).
var gcBallast []byte

const gcBallastSize = 32 << 20

func init() {
	if _, set := os.LookupEnv("GOGC"); set {
		return
	}
	gcBallast = make([]byte, gcBallastSize)
	runtime.KeepAlive(gcBallast)
}
