package globalsaudit

import (
	"strings"

	"modernc.org/cc/v4"
)

// The classification is syntactic: cc/v4's own type strings and IsConst()
// answers are wrong for arrays of pointers, multi-level pointers, const
// function pointers and typedef'd consts (see shared/notes/cc-v4.md), so the
// type is rebuilt here as a list of derivations read from the identifier
// outward, ending with the base type named by the specifiers.

type levelKind uint8

const (
	levelBase  levelKind = iota // the type the specifiers name (int, struct s, ...)
	levelPtr                    // pointer to the next level
	levelArray                  // array of the next level
	levelFunc                   // function returning the next level
)

// level is one derivation of a declared type together with the qualifiers
// that apply to it. Qualifiers written on an array apply to its elements (C
// 6.7.3p9), so they are moved to the first non-array level when typedefs are
// expanded.
type level struct {
	kind                 levelKind
	isConst, isVolatile  bool
	isAtomic, isRestrict bool
	text                 cc.Node // the array bound or the parameter list, spelled on demand
}

// quals are the qualifiers collected from a specifier list or a pointer.
type quals struct{ isConst, isVolatile, isAtomic, isRestrict bool }

func (q *quals) add(tq *cc.TypeQualifier) {
	switch tq.Case {
	case cc.TypeQualifierConst:
		q.isConst = true
	case cc.TypeQualifierVolatile:
		q.isVolatile = true
	case cc.TypeQualifierAtomic:
		q.isAtomic = true
	case cc.TypeQualifierRestrict:
		q.isRestrict = true
	}
}

func (q quals) spell() string {
	var s []string
	if q.isConst {
		s = append(s, "const")
	}
	if q.isVolatile {
		s = append(s, "volatile")
	}
	if q.isRestrict {
		s = append(s, "restrict")
	}
	if q.isAtomic {
		s = append(s, "_Atomic")
	}
	return strings.Join(s, " ")
}

func typeQualifiers(list *cc.TypeQualifiers) (q quals) {
	for ; list != nil; list = list.TypeQualifiers {
		if list.TypeQualifier != nil {
			q.add(list.TypeQualifier)
		}
	}
	return q
}

// applyQuals merges q into the top of a level list: the first level that is
// not an array.
func applyQuals(levels []level, q quals) {
	for i := range levels {
		if levels[i].kind == levelArray {
			continue
		}
		l := &levels[i]
		l.isConst = l.isConst || q.isConst
		l.isVolatile = l.isVolatile || q.isVolatile
		l.isAtomic = l.isAtomic || q.isAtomic
		l.isRestrict = l.isRestrict || q.isRestrict
		return
	}
}

// typedefs maps typedef names to their level lists, one map per open scope.
type typedefs struct {
	scopes []map[string][]level
	// typeofExpr resolves typeof(expression); nil answers nothing.
	typeofExpr func(cc.ExpressionNode) []level
}

func (t *typedefs) push() { t.scopes = append(t.scopes, nil) }
func (t *typedefs) pop()  { t.scopes = t.scopes[:len(t.scopes)-1] }

func (t *typedefs) define(name string, levels []level) {
	top := &t.scopes[len(t.scopes)-1]
	if *top == nil {
		*top = map[string][]level{}
	}
	(*top)[name] = levels
}

func (t *typedefs) lookup(name string) []level {
	for i := len(t.scopes) - 1; i >= 0; i-- {
		if l, ok := t.scopes[i][name]; ok {
			return l
		}
	}
	return nil
}

// storage is what the storage-class specifiers of a declaration say.
type storage struct {
	isTypedef, isExtern, isStatic, isThreadLocal, isRegister bool
	isAlias                                                  bool // __attribute__((alias("..."))) among the specifiers
}

// specifier is one type specifier or qualifier, in source order, as the
// classification and the type spelling need it.
type specifier struct {
	ts *cc.TypeSpecifier
	tq *cc.TypeQualifier
}

// declSpecifiers splits a declaration's specifiers.
func declSpecifiers(ds *cc.DeclarationSpecifiers) (st storage, specs []specifier) {
	for ; ds != nil; ds = ds.DeclarationSpecifiers {
		switch ds.Case {
		case cc.DeclarationSpecifiersStorage:
			switch ds.StorageClassSpecifier.Case {
			case cc.StorageClassSpecifierTypedef:
				st.isTypedef = true
			case cc.StorageClassSpecifierExtern:
				st.isExtern = true
			case cc.StorageClassSpecifierStatic:
				st.isStatic = true
			case cc.StorageClassSpecifierThreadLocal:
				st.isThreadLocal = true
			case cc.StorageClassSpecifierRegister:
				st.isRegister = true
			}
		case cc.DeclarationSpecifiersAttr:
			st.isAlias = st.isAlias || hasAttribute(ds.AttributeSpecifierList, "alias")
		case cc.DeclarationSpecifiersTypeSpec:
			specs = append(specs, specifier{ts: ds.TypeSpecifier})
		case cc.DeclarationSpecifiersTypeQual:
			if ds.TypeQualifier.Case == cc.TypeQualifierAttr {
				st.isAlias = st.isAlias || hasAttribute(ds.TypeQualifier.AttributeSpecifierList, "alias")
			}
			specs = append(specs, specifier{tq: ds.TypeQualifier})
		}
	}
	return st, specs
}

// hasAttribute reports whether a GNU attribute list names the attribute
// (spelled plain or __name__).
func hasAttribute(l *cc.AttributeSpecifierList, name string) bool {
	for ; l != nil; l = l.AttributeSpecifierList {
		if l.AttributeSpecifier == nil {
			continue
		}
		for v := l.AttributeSpecifier.AttributeValueList; v != nil; v = v.AttributeValueList {
			if v.AttributeValue == nil {
				continue
			}
			if n := v.AttributeValue.Token.SrcStr(); n == name || n == "__"+name+"__" {
				return true
			}
		}
	}
	return false
}

func sqSpecifiers(l *cc.SpecifierQualifierList) (specs []specifier) {
	for ; l != nil; l = l.SpecifierQualifierList {
		switch l.Case {
		case cc.SpecifierQualifierListTypeSpec:
			specs = append(specs, specifier{ts: l.TypeSpecifier})
		case cc.SpecifierQualifierListTypeQual:
			specs = append(specs, specifier{tq: l.TypeQualifier})
		}
	}
	return specs
}

// specLevels is the level list the specifiers name: a fresh base level, or a
// copy of a typedef's or an _Atomic(type-name)'s list, with the specifiers'
// qualifiers applied on top.
func (t *typedefs) specLevels(specs []specifier) []level {
	var q quals
	var levels []level
	for _, s := range specs {
		if s.tq != nil {
			q.add(s.tq)
			continue
		}
		switch s.ts.Case {
		case cc.TypeSpecifierTypeName:
			if l := t.lookup(s.ts.Token.SrcStr()); l != nil {
				levels = append([]level(nil), l...)
			}
		case cc.TypeSpecifierAtomic:
			q.isAtomic = true
			if a := s.ts.AtomicTypeSpecifier; a != nil && a.TypeName != nil {
				levels = t.typeNameLevels(a.TypeName)
			}
		case cc.TypeSpecifierTypeofExpr:
			if t.typeofExpr != nil {
				levels = t.typeofExpr(s.ts.ExpressionList)
			}
		case cc.TypeSpecifierTypeofType:
			if s.ts.TypeName != nil {
				levels = t.typeNameLevels(s.ts.TypeName)
			}
		}
	}
	if levels == nil {
		levels = []level{{kind: levelBase}}
	}
	applyQuals(levels, q)
	return levels
}

func (t *typedefs) typeNameLevels(tn *cc.TypeName) []level {
	base := t.specLevels(sqSpecifiers(tn.SpecifierQualifierList))
	return append(abstractDerivs(tn.AbstractDeclarator), base...)
}

// pointerDerivs returns the pointer chain nearest-the-identifier first (the
// chain is stored in source order).
func pointerDerivs(p *cc.Pointer) (r []level) {
	for ; p != nil; p = p.Pointer {
		// A clang block pointer (^, PointerBlock) counts as a pointer.
		q := typeQualifiers(p.TypeQualifiers)
		r = append([]level{{kind: levelPtr, isConst: q.isConst, isVolatile: q.isVolatile, isAtomic: q.isAtomic, isRestrict: q.isRestrict}}, r...)
	}
	return r
}

// declDerivs lists the derivations of a declarator from the identifier
// outward.
func declDerivs(d *cc.Declarator) []level {
	if d == nil {
		return nil
	}
	return append(directDerivs(d.DirectDeclarator), pointerDerivs(d.Pointer)...)
}

func directDerivs(dd *cc.DirectDeclarator) []level {
	if dd == nil {
		return nil
	}
	switch dd.Case {
	case cc.DirectDeclaratorIdent:
		return nil
	case cc.DirectDeclaratorDecl:
		return declDerivs(dd.Declarator)
	case cc.DirectDeclaratorArr, cc.DirectDeclaratorStaticArr, cc.DirectDeclaratorArrStatic, cc.DirectDeclaratorStar:
		var text cc.Node
		if dd.AssignmentExpression != nil {
			text = dd.AssignmentExpression
		}
		return append(directDerivs(dd.DirectDeclarator), level{kind: levelArray, text: text})
	case cc.DirectDeclaratorFuncParam, cc.DirectDeclaratorFuncIdent:
		var text cc.Node
		if dd.ParameterTypeList != nil {
			text = dd.ParameterTypeList
		} else if dd.IdentifierList != nil {
			text = dd.IdentifierList
		}
		return append(directDerivs(dd.DirectDeclarator), level{kind: levelFunc, text: text})
	}
	return nil
}

func abstractDerivs(ad *cc.AbstractDeclarator) []level {
	if ad == nil {
		return nil
	}
	return append(directAbstractDerivs(ad.DirectAbstractDeclarator), pointerDerivs(ad.Pointer)...)
}

func directAbstractDerivs(dd *cc.DirectAbstractDeclarator) []level {
	if dd == nil {
		return nil
	}
	switch dd.Case {
	case cc.DirectAbstractDeclaratorDecl:
		return abstractDerivs(dd.AbstractDeclarator)
	case cc.DirectAbstractDeclaratorArr, cc.DirectAbstractDeclaratorStaticArr, cc.DirectAbstractDeclaratorArrStatic, cc.DirectAbstractDeclaratorArrStar:
		var text cc.Node
		if dd.AssignmentExpression != nil {
			text = dd.AssignmentExpression
		}
		return append(directAbstractDerivs(dd.DirectAbstractDeclarator), level{kind: levelArray, text: text})
	case cc.DirectAbstractDeclaratorFunc:
		var text cc.Node
		if dd.ParameterTypeList != nil {
			text = dd.ParameterTypeList
		}
		return append(directAbstractDerivs(dd.DirectAbstractDeclarator), level{kind: levelFunc, text: text})
	}
	return nil
}

// object returns the index of the level that describes the variable's own
// storage: the first one after the array dimensions.
func object(levels []level) int {
	for i, l := range levels {
		if l.kind != levelArray {
			return i
		}
	}
	return len(levels) - 1
}

// isFunction reports whether the levels describe a function, not an object.
func isFunction(levels []level) bool {
	return len(levels) > 0 && levels[0].kind == levelFunc
}

// constness answers the two classification questions for a variable: is
// its own storage read-only (const at top level after the arrays, and not
// volatile), and is what a pointer points to const all the way down.
// Pointers to functions point to code, which cannot be written: that
// counts as const. A variable that is not a pointer has pointee_const false.
func constness(levels []level) (immutable, pointeeConst bool) {
	if len(levels) == 0 {
		return false, false
	}
	i := object(levels)
	top := levels[i]
	immutable = top.isConst && !top.isVolatile
	if top.kind != levelPtr {
		return immutable, false
	}
	pointeeConst = true
	for _, l := range levels[i+1:] {
		switch l.kind {
		case levelArray:
			continue
		case levelFunc:
			return immutable, true
		}
		if !l.isConst {
			return immutable, false
		}
	}
	return immutable, pointeeConst
}

// spellType renders a declaration's type in C spelling: the base specifiers
// (storage classes, function specifiers and attributes left out, struct and
// enum bodies shortened to their tags) followed by the abstract declarator.
func spellType(specs []specifier, derivs []level) string {
	var base []string
	for _, s := range specs {
		if s.tq != nil {
			if s.tq.Case != cc.TypeQualifierAttr && s.tq.Case != cc.TypeQualifierNonnull {
				base = append(base, s.tq.Token.SrcStr())
			}
			continue
		}
		base = append(base, spellTypeSpecifier(s.ts))
	}
	s := ""
	lastPtr := false
	for _, l := range derivs {
		switch l.kind {
		case levelPtr:
			q := quals{l.isConst, l.isVolatile, l.isAtomic, l.isRestrict}.spell()
			switch {
			case q != "" && s != "":
				s = "*" + q + " " + s
			default:
				s = "*" + q + s
			}
			lastPtr = true
			continue
		case levelArray:
			if lastPtr {
				s = "(" + s + ")"
			}
			s += "[" + nodeText(l.text) + "]"
		case levelFunc:
			if lastPtr {
				s = "(" + s + ")"
			}
			s += "(" + nodeText(l.text) + ")"
		}
		lastPtr = false
	}
	b := strings.Join(base, " ")
	if b == "" || b == "const" || b == "volatile" || b == "const volatile" {
		b = strings.TrimSpace(b + " int") // implicit int (K&R)
	}
	if s == "" {
		return b
	}
	return b + " " + s
}

func spellTypeSpecifier(ts *cc.TypeSpecifier) string {
	switch ts.Case {
	case cc.TypeSpecifierStructOrUnion:
		su := ts.StructOrUnionSpecifier
		kw := "struct"
		if su.StructOrUnion != nil {
			kw = su.StructOrUnion.Token.SrcStr()
		}
		if tag := su.Token.SrcStr(); tag != "" {
			return kw + " " + tag
		}
		return kw + " <anonymous>"
	case cc.TypeSpecifierEnum:
		es := ts.EnumSpecifier
		if tag := es.Token2.SrcStr(); tag != "" && tag != "{" {
			return "enum " + tag
		}
		return "enum <anonymous>"
	case cc.TypeSpecifierAtomic, cc.TypeSpecifierTypeofExpr, cc.TypeSpecifierTypeofType:
		return strings.Join(strings.Fields(cc.NodeSource(ts)), " ")
	}
	return ts.Token.SrcStr()
}

// nodeText spells a node's source on one line.
func nodeText(n cc.Node) string {
	if n == nil {
		return ""
	}
	return strings.Join(strings.Fields(cc.NodeSource(n)), " ")
}
