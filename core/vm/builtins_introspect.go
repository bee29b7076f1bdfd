package vm

// Introspection the object layer asks the evaluator for: gi_frame.

import "github.com/subpy/subpy/core/object"

// GeneratorFrame is gi_frame/cr_frame of an unfinished generator
// (object.GeneratorInspector): one frame object per generator, updated to
// the instruction the generator is suspended at; f_locals is a fresh
// snapshot of its variables.
func (t *Thread) GeneratorFrame(g *object.Generator) object.Value {
	f, ok := g.Frame.(*Frame)
	if !ok || f.code == nil {
		return object.None
	}
	fo := g.FrameObj
	if fo == nil {
		fo = object.NewFrameObject(f.code, f.globals, f.builtins)
		fo.LocalsFn = f // LiveLocals: frameobj.go
		g.FrameObj = fo
	}
	fo.Live = true
	// While suspended pc is the instruction after the yield; before the
	// first run it is 0 (the RESUME on the def line).
	fo.PC = max(f.pc-1, 0)
	return fo.Value()
}
