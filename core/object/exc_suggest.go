package object

// attrErrorContext records the object and the name on an AttributeError
// raised by an attribute lookup (CPython's set_attribute_error_context),
// unless it already has them: the traceback's "Did you mean" uses them.
func attrErrorContext(t *Thread, v Value, name *Str) {
	e := t.Exc
	if e == nil || !e.typ.IsSubtype(AttributeErrorType) {
		return
	}
	fam := familyOf(e.typ)
	if fam == nil || fam.root != AttributeErrorType {
		return
	}
	if len(e.fields) >= 2 && (!e.fields[0].IsNull() || !e.fields[1].IsNull()) {
		return
	}
	e.setField(fam, 0, name.Value())
	e.setField(fam, 1, v)
}

// SetNameErrorName records the missing name on a NameError being raised.
func (t *Thread) SetNameErrorName(name *Str) {
	if e := t.Exc; e != nil && e.typ.IsSubtype(NameErrorType) {
		if fam := familyOf(e.typ); fam != nil && fam.root == NameErrorType {
			e.setField(fam, 0, name.Value())
		}
	}
}

// CRecursionLimit bounds the nesting of Go-level recursion (CPython's
// Py_C_RECURSION_LIMIT): repr of a deeply nested list, comparisons,
// Python code called from Go. It keeps the Go stack small whatever
// sys.setrecursionlimit says.
const CRecursionLimit = 10000

// EnterCall counts one Go-level nesting; false, with RecursionError
// "maximum recursion depth exceeded<where>" raised, past the limit.
// Every successful EnterCall is paired with LeaveCall.
func (t *Thread) EnterCall(where string) bool {
	t.CDepth++
	if t.CDepth > CRecursionLimit {
		t.CDepth--
		t.RaiseMsg(RecursionErrorType, "maximum recursion depth exceeded"+where)
		return false
	}
	return true
}

// LeaveCall ends an EnterCall.
func (t *Thread) LeaveCall() { t.CDepth-- }
