package vm

import "github.com/subpy/subpy/core/object"

// checkEGMatch is CHECK_EG_MATCH: (rest, match) of exc for an except*
// clause of type typ; NULL rest when an exception was raised.
func (t *Thread) checkEGMatch(exc, typ object.Value) (rest, match object.Value) {
	check := func(v object.Value) bool {
		ty := object.AsType(v)
		if ty == nil || !ty.IsSubtype(object.BaseExceptionType) {
			t.RaiseMsg(object.TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
			return false
		}
		if ty.IsSubtype(object.BaseExceptionGroupType) {
			t.RaiseMsg(object.TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
			return false
		}
		return true
	}
	var types []*object.Type
	if tu, ok := object.AsTuple(typ); ok {
		for _, v := range tu.Items {
			if !check(v) {
				return object.Null, object.Null
			}
			types = append(types, object.AsType(v))
		}
	} else {
		if !check(typ) {
			return object.Null, object.Null
		}
		types = append(types, object.AsType(typ))
	}
	if exc == object.None {
		return object.None, object.None
	}
	e, _ := object.AsException(exc)
	matches := func(x *object.Exception) (bool, bool) {
		for _, ty := range types {
			if x.Type().IsSubtype(ty) {
				return true, true
			}
		}
		return false, true
	}
	if m, _ := matches(e); m {
		match = exc
		if !object.IsExceptionGroup(e) {
			// A naked exception: wrapped in a group for the handler.
			match = object.NewExceptionGroup(&t.Thread, "", []*object.Exception{e}, true)
			if match.IsNull() {
				return object.Null, object.Null
			}
		}
		t.Handled, _ = object.AsException(match)
		return object.None, match
	}
	if !object.IsExceptionGroup(e) {
		return exc, object.None
	}
	m, r, ok := object.SplitGroup(&t.Thread, e, matches, true)
	if !ok {
		return object.Null, object.Null
	}
	rest, match = object.None, object.None
	if r != nil {
		rest = r.Value()
	}
	if m != nil {
		match = m.Value()
		t.Handled = m
	}
	return rest, match
}

// prepReraiseStar is PREP_RERAISE_STAR: what a try/except* raises once
// its clauses ran, given the original exception and the exceptions the
// clauses raised (new ones) or re-raised (parts of orig, recognized by
// their unchanged traceback, cause and context), plus the unhandled rest.
func (t *Thread) prepReraiseStar(origV, listV object.Value) object.Value {
	l, _ := object.AsList(listV)
	var excs []*object.Exception
	for _, v := range l.Items {
		if e, ok := object.AsException(v); ok {
			excs = append(excs, e)
		}
	}
	if len(excs) == 0 {
		return object.None
	}
	orig, _ := object.AsException(origV)
	if !object.IsExceptionGroup(orig) {
		// A naked exception was caught: one clause at most ran.
		return excs[0].Value()
	}
	var raised, reraised []*object.Exception
	for _, e := range excs {
		if e.Traceback == orig.Traceback && e.Cause == orig.Cause && e.Context == orig.Context {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	re, ok := object.ProjectGroup(&t.Thread, orig, reraised)
	if !ok {
		return object.Null
	}
	if len(raised) == 0 {
		if re == nil {
			return object.None
		}
		return re.Value()
	}
	if re != nil {
		raised = append(raised, re)
	}
	if len(raised) == 1 {
		return raised[0].Value()
	}
	return object.NewExceptionGroup(&t.Thread, "", raised, false)
}
