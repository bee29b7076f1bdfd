// Package subpy is the root of the subpy module: a Python 3.13 runtime in Go
// behind CPython's embedding C API, with many isolated interpreters per process.
//
// This package holds no code. Its test (layers_test.go) enforces the layer
// rules of ARCHITECTURE.md for every package of the module and keeps
// `import "C"` inside capi/.
package subpy
