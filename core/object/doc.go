// Package object owns subpy's values: the Value representation (a two-word
// tagged struct: ints and floats unboxed, everything else a pointer to a Go
// struct headed by Header), the type object with its slot tables, the
// builtin types (one file each: none, bool, int, float, str, tuple, list,
// dict, range, function, code, cell, module, exceptions, classes and their
// instances) and the abstract operations on them (abstract.go: CPython's
// abstract.c — arithmetic, comparison, truth, repr, hash, attributes,
// items, calls, iteration).
//
// It does not compile or run bytecode: calling a Python function goes
// through Thread.Eval, an interface core/vm implements. It must not import
// anything of the engine but core/opcode (layer 1).
//
// Errors follow CPython's convention (docs/engine-design.md, §2): an
// operation that fails stores the exception in the *Thread it was passed
// and returns the NULL Value (Value{}), or -1 for int results.
//
// Sharing: builtin types, singletons and builtin functions are built at
// package init and never written afterwards, so any OS thread may read
// them. Values of the shareable kinds (int, float, str, tuples of those)
// have no lazily written fields. Everything else belongs to one
// interpreter and is touched only by the thread holding its lock.
package object
