// Package statestruct holds the consolidated state of a subpy process:
// one Runtime, its Interpreters (ordered, IDs from 0 = main) and each
// interpreter's Threads, plus the per-interpreter lock with its
// switch-interval handoff.
//
// It owns only state and the rules that keep it consistent (who may create,
// attach, detach and delete what). It does not run code, does not know the C
// API (capi/ maps C thread states to Threads and turns Status values into
// PyStatus), keeps no package-level mutable state, and never finds "the
// current thread" by itself: callers pass the *Thread explicitly. The
// engine reports the thread states and interpreters it makes and switches
// between by itself to the embedding layer through Runtime.Embed
// (EmbedHooks), the one interface capi implements for the layers below.
//
// Lock order: Runtime.mu, then Lock.mu. Nothing here holds a Lock while
// taking Runtime.mu.
package statestruct
