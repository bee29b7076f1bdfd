package vm

import (
	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/opcode"
)

// matchOp executes the pattern-matching instructions (see core/opcode for
// their stack pictures); it returns the new stack pointer, false when an
// exception was raised.
func (t *Thread) matchOp(op opcode.Opcode, arg int, s []object.Value, sp int) (int, bool) {
	t.Raisef(object.SystemErrorType, "unknown opcode %d", op)
	return sp, false
}
