package vm

import "github.com/subpy/subpy/core/object"

// The LOAD_ATTR family's second cache entry (docs/engine-design.md §8):
// a method-form LOAD_ATTR whose receiver alternates between two classes
// (a loop over shapes of a small hierarchy, `s.area()` in a base-class
// method) kept missing its one-entry cache and walked the MRO on every
// call. On a miss the primary entry moves to the Poly* fields before
// lookupMethod refills the primary, so two receiver types both hit.
// The guard is the primary's: the exact type, its version (bumped by
// any change to the class or a base) and the instance's shape (an
// instance attribute of the same name shadows the method).

// methodCachePoly returns the cached method for obj from the second
// entry, or NULL; on NULL it demotes the primary entry so that the
// lookup that follows fills the primary and keeps the old one.
func methodCachePoly(c *object.InlineCache, obj object.Value, typ *object.Type) object.Value {
	if c.PolyType == typ && typ.Version == c.PolyVersion {
		// A dict-backed instance's shape says nothing about its names.
		if a := object.AttrsOf(obj); a == nil || (a.Shape == c.PolyShape && !a.HasDict()) {
			return c.PolyValue
		}
	}
	if c.Type != nil && c.Type != typ {
		c.PolyType, c.PolyVersion, c.PolyShape, c.PolyValue = c.Type, c.Version, c.Shape, c.Value
	}
	return object.Null
}
