package vm

import (
	"math"

	"github.com/subpy/subpy/core/object"
)

// testModules are small ModuleDefs the oracle programs import: they
// exercise the ModuleDef seam and the import statement until
// core/modules/* exist. Each defines only what the programs use, with
// CPython's behaviour.
func testModules() []ModuleDef {
	return []ModuleDef{testMath{}, testSys{}}
}

type testMath struct{}

func (testMath) Name() string { return "math" }

func (testMath) Exec(t *Thread, m *object.Module) bool {
	m.Dict.SetStr(object.NewStr("pi"), object.Float(math.Pi))
	m.Dict.SetStr(object.NewStr("sqrt"), object.NewBuiltin("sqrt", m.Value(), func(ot *object.Thread, _ object.Value, args []object.Value, kw *object.Tuple) object.Value {
		if len(args) != 1 {
			return ot.Raisef(object.TypeErrorType, "math.sqrt() takes exactly one argument (%d given)", len(args))
		}
		x := args[0]
		var f float64
		if x.IsFloat() {
			f = x.FloatVal()
		} else if i, ok := object.AsInt64(x); ok {
			f = float64(i)
		} else {
			return ot.Raisef(object.TypeErrorType, "must be real number, not %s", object.TypeOf(x).Name)
		}
		if f < 0 {
			return ot.RaiseMsg(object.ValueErrorType, "math domain error")
		}
		return object.Float(math.Sqrt(f))
	}))
	return true
}

type testSys struct{}

func (testSys) Name() string { return "sys" }

func (testSys) Exec(t *Thread, m *object.Module) bool {
	m.Dict.SetStr(object.NewStr("maxsize"), object.Int(math.MaxInt64))
	return true
}
