// Package vm owns execution: interpreters' engine state (Interp: builtins,
// sys.modules, __main__), thread states (Thread: the frame stack and value
// chunks), the dispatch loop over core/opcode instructions with its inline
// caches (quickening), calls (Python-to-Python without Go recursion),
// argument binding, exception unwinding through exception tables,
// tracebacks, and the module-definition interface builtin modules
// implement (ModuleDef).
//
// It must not import core/builtins, core/modules/* or anything above layer
// 6; those register through Config.Modules when an interpreter is made.
// It holds no mutable package-level state. A Thread is used by the OS
// thread holding its interpreter's lock; the VM yields that lock only at
// its safe points (RESUME, JUMP_BACKWARD).
package vm
