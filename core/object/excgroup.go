package object

import "fmt"

// BaseExceptionGroupType and ExceptionGroupType are PEP 654's exception
// groups. A group is an Exception whose attributes message (str) and
// exceptions (tuple) are set when it is created; its args are (message,
// the sequence as given).
var (
	BaseExceptionGroupType = &Type{Name: "BaseExceptionGroup"}
	ExceptionGroupType     = &Type{Name: "ExceptionGroup"}
)

// IsExceptionGroup reports whether e is a BaseExceptionGroup.
func IsExceptionGroup(e *Exception) bool { return e.typ.IsSubtype(BaseExceptionGroupType) }

// GroupExceptions returns a group's exceptions and message.
func GroupExceptions(e *Exception) ([]*Exception, string) {
	var out []*Exception
	if tu, ok := AsTuple(e.Attr("exceptions")); ok {
		for _, v := range tu.Items {
			if x, ok := AsException(v); ok {
				out = append(out, x)
			}
		}
	}
	msg := ""
	if s, ok := AsStr(e.Attr("message")); ok {
		msg = s.s
	}
	return out, msg
}

// NewExceptionGroup is BaseExceptionGroup(msg, excs) (an ExceptionGroup
// when every item is an Exception), excs passed as a tuple or a list.
func NewExceptionGroup(t *Thread, msg string, excs []*Exception, tuple bool) Value {
	items := make([]Value, len(excs))
	for i, e := range excs {
		items[i] = e.Value()
	}
	seq := NewList(items).Value()
	if tuple {
		seq = NewTuple(items).Value()
	}
	return egNew(t, BaseExceptionGroupType, []Value{NewStr(msg).Value(), seq}, nil)
}

func egNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) Value {
	if kwnames.Len() > 0 {
		return t.RaiseMsg(TypeErrorType, "BaseExceptionGroup.__new__() takes no keyword arguments")
	}
	if len(args) != 2 {
		return t.Raisef(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	if _, ok := AsStr(args[0]); !ok {
		return t.Raisef(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", TypeOf(args[0]).Name)
	}
	st := TypeOf(args[1])
	if st.GetItem == nil || st.IsSubtype(DictType) {
		return t.RaiseMsg(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	items, ok := CollectItems(t, args[1])
	if !ok {
		return Null
	}
	if len(items) == 0 {
		return t.RaiseMsg(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	nested := false
	for i, v := range items {
		e, ok := AsException(v)
		if !ok {
			return t.Raisef(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !e.typ.IsSubtype(ExceptionType) {
			nested = true
		}
	}
	switch {
	case typ == BaseExceptionGroupType:
		if !nested {
			typ = ExceptionGroupType
		}
	case typ == ExceptionGroupType:
		if nested {
			return t.RaiseMsg(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	default:
		if nested && typ.IsSubtype(ExceptionType) {
			return t.Raisef(TypeErrorType, "Cannot nest BaseExceptions in '%s'", typ.Name)
		}
	}
	e := &Exception{Header: Header{typ}, Args: NewTuple([]Value{args[0], args[1]})}
	e.SetAttr(t, "message", args[0])
	e.SetAttr(t, "exceptions", NewTuple(items).Value())
	return e.Value()
}

func egStr(t *Thread, v Value) Value {
	e := as[Exception](v)
	excs, msg := GroupExceptions(e)
	plural := "s"
	if len(excs) == 1 {
		plural = ""
	}
	return NewStr(fmt.Sprintf("%s (%d sub-exception%s)", msg, len(excs), plural)).Value()
}

// egMatcher decides which exceptions a split takes.
type egMatcher func(e *Exception) (bool, bool)

// newEGMatcher builds the matcher of split()/subgroup()'s argument: an
// exception type, a tuple of them, or a predicate.
func newEGMatcher(t *Thread, cond Value) (egMatcher, bool) {
	isExcType := func(v Value) bool {
		typ := AsType(v)
		return typ != nil && typ.IsSubtype(BaseExceptionType)
	}
	if isExcType(cond) {
		typ := AsType(cond)
		return func(e *Exception) (bool, bool) { return e.typ.IsSubtype(typ), true }, true
	}
	if tu, ok := AsTuple(cond); ok {
		for _, it := range tu.Items {
			if !isExcType(it) {
				goto bad
			}
		}
		return func(e *Exception) (bool, bool) {
			for _, it := range tu.Items {
				if e.typ.IsSubtype(AsType(it)) {
					return true, true
				}
			}
			return false, true
		}, true
	}
	if TypeOf(cond).Call != nil && AsType(cond) == nil {
		return func(e *Exception) (bool, bool) {
			r := Call(t, cond, []Value{e.Value()}, nil)
			if r.IsNull() {
				return false, false
			}
			b := Truth(t, r)
			return b > 0, b >= 0
		}, true
	}
bad:
	t.RaiseMsg(TypeErrorType, "expected an exception type, a tuple of exception types, or a callable (other than a class)")
	return nil, false
}

// SplitGroup splits e by match into (match, rest) — either may be nil —
// keeping the nesting structure; derived groups copy e's traceback,
// cause, context and notes. ok is false when an exception was raised.
func SplitGroup(t *Thread, e *Exception, match egMatcher, wantRest bool) (m, rest *Exception, ok bool) {
	full, ok := match(e)
	if !ok {
		return nil, nil, false
	}
	if full {
		return e, nil, true
	}
	if !IsExceptionGroup(e) {
		return nil, e, true
	}
	excs, _ := GroupExceptions(e)
	var ms, rs []*Exception
	for _, x := range excs {
		xm, xr, ok := SplitGroup(t, x, match, wantRest)
		if !ok {
			return nil, nil, false
		}
		if xm != nil {
			ms = append(ms, xm)
		}
		if wantRest && xr != nil {
			rs = append(rs, xr)
		}
	}
	if len(ms) > 0 {
		if m, ok = deriveAndCopy(t, e, ms); !ok {
			return nil, nil, false
		}
	}
	if len(rs) > 0 {
		if rest, ok = deriveAndCopy(t, e, rs); !ok {
			return nil, nil, false
		}
	}
	return m, rest, true
}

// deriveAndCopy is e.derive(excs) (a Python-level method: classes may
// override it) with e's metadata copied over.
func deriveAndCopy(t *Thread, e *Exception, excs []*Exception) (*Exception, bool) {
	items := make([]Value, len(excs))
	for i, x := range excs {
		items[i] = x.Value()
	}
	derive := GetAttr(t, e.Value(), NewStr("derive"))
	if derive.IsNull() {
		return nil, false
	}
	r := Call(t, derive, []Value{NewList(items).Value()}, nil)
	if r.IsNull() {
		return nil, false
	}
	g, ok := AsException(r)
	if !ok || !IsExceptionGroup(g) {
		t.RaiseMsg(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
		return nil, false
	}
	g.Traceback, g.Cause, g.Context = e.Traceback, e.Cause, e.Context
	if notes := e.attrs.get(NewStr("__notes__")); !notes.IsNull() {
		if l, ok := AsList(notes); ok {
			notes = NewList(append([]Value(nil), l.Items...)).Value()
		}
		g.SetAttr(t, "__notes__", notes)
	}
	return g, true
}

// ProjectGroup is the part of orig whose leaf exceptions are leaves of
// keep (CPython's exception_group_projection, used by except* to re-raise
// what its handlers re-raised, in orig's structure). nil: nothing.
func ProjectGroup(t *Thread, orig *Exception, keep []*Exception) (*Exception, bool) {
	leaves := map[*Exception]bool{}
	var collect func(e *Exception)
	collect = func(e *Exception) {
		if IsExceptionGroup(e) {
			excs, _ := GroupExceptions(e)
			for _, x := range excs {
				collect(x)
			}
			return
		}
		leaves[e] = true
	}
	for _, k := range keep {
		collect(k)
	}
	m, _, ok := SplitGroup(t, orig, func(e *Exception) (bool, bool) { return leaves[e], true }, false)
	return m, ok
}

func excOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return e.Value()
}

func initExceptionGroups() {
	setupBuiltinType(BaseExceptionGroupType, BaseExceptionType, FlagBaseType)
	setupBuiltinType(ExceptionGroupType, BaseExceptionGroupType, FlagBaseType)
	ExceptionGroupType.Bases = []*Type{BaseExceptionGroupType, ExceptionType}
	ExceptionGroupType.MRO = []*Type{ExceptionGroupType, BaseExceptionGroupType, ExceptionType, BaseExceptionType, ObjectType}
	for _, typ := range []*Type{BaseExceptionGroupType, ExceptionGroupType} {
		typ.layout = BaseExceptionType
		typ.attrsOffset = BaseExceptionType.attrsOffset
		typ.New = egNew
		typ.Str = egStr
	}
	g := BaseExceptionGroupType
	g.addMethod("__str__", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value { return egStr(t, self) })
	g.addMethod("derive", func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
		if len(args) != 1 || kwnames.Len() > 0 {
			return t.Raisef(TypeErrorType, "BaseExceptionGroup.derive() takes exactly one argument (%d given)", len(args))
		}
		_, msg := GroupExceptions(as[Exception](self))
		return egNew(t, BaseExceptionGroupType, []Value{NewStr(msg).Value(), args[0]}, nil)
	})
	split := func(name string, wantRest bool) {
		g.addMethod(name, func(t *Thread, self Value, args []Value, kwnames *Tuple) Value {
			if len(args) != 1 || kwnames.Len() > 0 {
				return t.Raisef(TypeErrorType, "BaseExceptionGroup.%s() takes exactly one argument (%d given)", name, len(args))
			}
			match, ok := newEGMatcher(t, args[0])
			if !ok {
				return Null
			}
			m, rest, ok := SplitGroup(t, as[Exception](self), match, wantRest)
			if !ok {
				return Null
			}
			if !wantRest {
				return excOrNone(m)
			}
			return NewTuple([]Value{excOrNone(m), excOrNone(rest)}).Value()
		})
	}
	split("split", true)
	split("subgroup", false)
}
