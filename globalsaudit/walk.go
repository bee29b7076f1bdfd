package globalsaudit

import (
	"fmt"
	"reflect"
	"strconv"

	"modernc.org/cc/v4"
)

// unitWalker walks one translation unit's AST once, in source order. It
// records every definition of a variable with static storage duration and
// every write to such a variable (assignment, ++/--, address taken, an array
// decaying to a pointer, an asm output), with the function the write is in.
type unitWalker struct {
	fields map[reflect.Type][]int // exported child fields per node type
	td     typedefs
	funcs  []funcRef // enclosing function definitions, innermost last
	vars   []Var
	// fileScope indexes vars by name for file-scope definitions: repeated
	// tentative definitions and extern-then-define collapse to one entry.
	fileScope map[string]int
	locals    map[*cc.Declarator]int // block-scope statics → index in vars
	safe      map[cc.Node]bool       // array-typed lvalues that do not decay here
	writes    map[string]*writeInfo  // raw key ("E:name", "I:name", "L:index") → writes
	isInit    func(funcRef) bool     // is a write inside an initializer function
	norm      func(string) string    // normalizes a position's file name
	// declared holds the level list of every declarator seen, for
	// typeof(expression).
	declared map[*cc.Declarator][]level
	// linkage is the linkage the first file-scope declaration of an object
	// gave its name (declarations without a definition included).
	linkage map[string]string
	// errs are constraint violations gcc rejects and cc/v4 accepts, as
	// `file:line:col: error: message`: the unit is not audited.
	errs []string
}

// funcRef names a function definition by its file and name.
type funcRef struct{ File, Func string }

// writeInfo summarizes the writes seen to one variable.
type writeInfo struct {
	any     bool // at least one write
	outside bool // at least one write outside the initializer functions
}

func newUnitWalker(isInit func(funcRef) bool, norm func(string) string) *unitWalker {
	w := &unitWalker{
		fields:    map[reflect.Type][]int{},
		fileScope: map[string]int{},
		locals:    map[*cc.Declarator]int{},
		safe:      map[cc.Node]bool{},
		writes:    map[string]*writeInfo{},
		isInit:    isInit,
		norm:      norm,
		declared:  map[*cc.Declarator][]level{},
		linkage:   map[string]string{},
	}
	w.td.push()
	w.td.typeofExpr = w.typeofLevels
	return w
}

// childFields lists the exported fields of a node struct that can hold
// child nodes: pointers and interfaces.
func (w *unitWalker) childFields(t reflect.Type) []int {
	if f, ok := w.fields[t]; ok {
		return f
	}
	var r []int
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		switch f.Type.Kind() {
		case reflect.Pointer, reflect.Interface:
			r = append(r, i)
		}
	}
	w.fields[t] = r
	return r
}

func (w *unitWalker) walk(v reflect.Value) {
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return
	}
	n := v.Interface()
	if !w.pre(n) {
		return
	}
	s := v.Elem()
	for _, i := range w.childFields(s.Type()) {
		f := s.Field(i)
		if f.IsNil() {
			continue
		}
		if f.Kind() == reflect.Interface {
			f = f.Elem()
		}
		w.walk(f)
	}
	w.post(n)
}

// pre handles a node before its children; false skips the children.
func (w *unitWalker) pre(n any) bool {
	switch x := n.(type) {
	case *cc.FunctionDefinition:
		w.enterFunc(x.Declarator)
	case *cc.BlockItem:
		if x.Case == cc.BlockItemFuncDef {
			w.enterFunc(x.Declarator)
		}
	case *cc.CompoundStatement:
		w.td.push()
	case *cc.IterationStatement:
		if x.Case == cc.IterationStatementForDecl && x.Declaration != nil {
			// C11 6.8.5p3: a for loop's declaration declares only auto
			// and register objects.
			if st, _ := declSpecifiers(x.Declaration.DeclarationSpecifiers); st.isStatic || st.isExtern || st.isThreadLocal {
				w.errorf(x.Declaration, "declaration of a static, extern or thread-local variable in a 'for' loop's initial declaration")
			}
		}
	case *cc.Declaration:
		w.declaration(x)
		if len(w.funcs) == 0 {
			// At file scope only initializers can write (take addresses):
			// skip the specifiers and declarators, most of a header.
			w.fileScopeInitializers(x)
			return false
		}
	case *cc.TypeSpecifier:
		if x.Case == cc.TypeSpecifierTypeofExpr {
			return false // unevaluated
		}
	case *cc.UnaryExpression:
		switch x.Case {
		case cc.UnaryExpressionSizeofExpr, cc.UnaryExpressionAlignofExpr:
			return false // unevaluated
		case cc.UnaryExpressionInc, cc.UnaryExpressionDec:
			w.write(x.UnaryExpression)
		case cc.UnaryExpressionAddrof:
			w.write(x.CastExpression)
		}
	case *cc.PostfixExpression:
		switch x.Case {
		case cc.PostfixExpressionInc, cc.PostfixExpressionDec:
			w.write(x.PostfixExpression)
		case cc.PostfixExpressionIndex:
			if isArray(x.PostfixExpression) {
				w.safe[x.PostfixExpression] = true
			}
		case cc.PostfixExpressionSelect:
			w.safe[x.PostfixExpression] = true
			if isArray(x) && !w.safe[x] {
				w.write(x)
			}
		}
		if x.Case == cc.PostfixExpressionIndex && isArray(x) && !w.safe[x] {
			w.write(x)
		}
	case *cc.AssignmentExpression:
		if x.Case != cc.AssignmentExpressionCond {
			w.write(x.UnaryExpression)
		}
	case *cc.PrimaryExpression:
		switch x.Case {
		case cc.PrimaryExpressionIdent:
			if isArray(x) && !w.safe[x] {
				w.write(x) // decays to a pointer: the address escapes
			}
		case cc.PrimaryExpressionExpr:
			if isArray(x) && !w.safe[x] {
				w.write(x)
			}
			w.safe[x.ExpressionList] = true
		}
	case *cc.Asm:
		if x.AsmArgList != nil {
			// The first list holds the output operands, each parsed as
			// `"=r"(lvalue)`: a call of the constraint string.
			for l := x.AsmArgList.AsmExpressionList; l != nil; l = l.AsmExpressionList {
				if c, ok := l.AssignmentExpression.(*cc.PostfixExpression); ok && c.Case == cc.PostfixExpressionCall && c.ArgumentExpressionList != nil {
					w.write(c.ArgumentExpressionList.AssignmentExpression)
					continue
				}
				w.write(l.AssignmentExpression)
			}
		}
	}
	return true
}

func (w *unitWalker) post(n any) {
	switch x := n.(type) {
	case *cc.FunctionDefinition:
		w.leaveFunc()
	case *cc.BlockItem:
		if x.Case == cc.BlockItemFuncDef {
			w.leaveFunc()
		}
	case *cc.CompoundStatement:
		w.td.pop()
	}
}

func (w *unitWalker) enterFunc(d *cc.Declarator) {
	f := funcRef{}
	if d != nil {
		f = funcRef{File: w.norm(d.NameTok().Position().Filename), Func: d.Name()}
	}
	w.funcs = append(w.funcs, f)
	w.td.push() // the parameters' scope
}

func (w *unitWalker) leaveFunc() {
	w.funcs = w.funcs[:len(w.funcs)-1]
	w.td.pop()
}

// isArray reports whether an expression designates an array object. cc
// types expressions after the array-to-pointer conversion; Undecay undoes
// it.
func isArray(e any) bool {
	t, ok := e.(interface{ Type() cc.Type })
	if !ok {
		return false
	}
	typ := t.Type()
	if typ == nil {
		return false
	}
	typ = typ.Undecay()
	return typ != nil && typ.Kind() == cc.Array
}

// lvalueRoot finds the variable whose own storage an lvalue expression
// designates: through parentheses, member selection and indexing of arrays.
// Writes through pointers (*p, p->f, p[i] with p a pointer) write the
// pointee, not the variable, and return nil.
func lvalueRoot(e cc.ExpressionNode) *cc.PrimaryExpression {
	for {
		switch x := e.(type) {
		case *cc.PrimaryExpression:
			switch x.Case {
			case cc.PrimaryExpressionIdent:
				return x
			case cc.PrimaryExpressionExpr:
				e = x.ExpressionList
				continue
			}
			return nil
		case *cc.ExpressionList:
			for x.ExpressionList != nil {
				x = x.ExpressionList
			}
			e = x.AssignmentExpression
		case *cc.PostfixExpression:
			switch x.Case {
			case cc.PostfixExpressionSelect:
				e = x.PostfixExpression
			case cc.PostfixExpressionIndex:
				if !isArray(x.PostfixExpression) {
					return nil
				}
				e = x.PostfixExpression
			default:
				return nil
			}
		default:
			return nil
		}
	}
}

// write records a write to the variable an lvalue designates, if any.
func (w *unitWalker) write(e cc.ExpressionNode) {
	p := lvalueRoot(e)
	if p == nil {
		return
	}
	d, ok := p.ResolvedTo().(*cc.Declarator)
	if !ok || d == nil {
		return
	}
	key := w.rawKey(d)
	if key == "" {
		return
	}
	wi := w.writes[key]
	if wi == nil {
		wi = &writeInfo{}
		w.writes[key] = wi
	}
	wi.any = true
	var f funcRef
	if len(w.funcs) > 0 {
		f = w.funcs[0] // the outermost definition: nested functions run inside it
	}
	if f.Func == "" || !w.isInit(f) {
		wi.outside = true
	}
}

// rawKey names a static-storage variable within the unit.
func (w *unitWalker) rawKey(d *cc.Declarator) string {
	if i, ok := w.locals[d]; ok {
		return "L:" + strconv.Itoa(i)
	}
	if d.IsTypename() || d.IsParam() {
		return ""
	}
	if t := d.Type(); t != nil && t.Kind() == cc.Function {
		return ""
	}
	switch d.Linkage() {
	case cc.External:
		return "E:" + d.Name()
	case cc.Internal:
		return "I:" + d.Name()
	}
	return ""
}

// declaration records the variables a declaration defines and the typedefs
// it declares.
func (w *unitWalker) declaration(decl *cc.Declaration) {
	type item struct {
		d       *cc.Declarator
		hasInit bool
		alias   bool // defines the symbol as an alias of another
	}
	var items []item
	switch decl.Case {
	case cc.DeclarationDecl:
		declAlias := hasAttribute(decl.AttributeSpecifierList, "alias")
		for l := decl.InitDeclaratorList; l != nil; l = l.InitDeclaratorList {
			if id := l.InitDeclarator; id != nil {
				alias := declAlias || hasAttribute(id.AttributeSpecifierList, "alias")
				items = append(items, item{id.Declarator, id.Case == cc.InitDeclaratorInit, alias})
			}
		}
	case cc.DeclarationAuto:
		items = append(items, item{decl.Declarator, true, false})
	default:
		return
	}
	st, specs := declSpecifiers(decl.DeclarationSpecifiers)
	for _, it := range items {
		d := it.d
		if d == nil {
			continue
		}
		name := d.Name()
		levels := append(declDerivs(d), w.td.specLevels(specs)...)
		if st.isTypedef {
			w.td.define(name, levels)
			continue
		}
		if isFunction(levels) {
			continue
		}
		w.declared[d] = levels
		if t := d.Type(); t != nil && t.Kind() == cc.Function {
			continue // a function declared through a typedef or typeof
		}
		switch name {
		case "", "__func__", "__FUNCTION__", "__PRETTY_FUNCTION__":
			continue
		}
		fileScope := len(w.funcs) == 0
		if fileScope && !st.isRegister {
			// C11 6.2.2: `extern` takes the linkage of a visible prior
			// declaration; a name declared both with internal and with
			// external linkage is undefined behaviour, which gcc rejects.
			cur := LinkageExternal
			if st.isStatic {
				cur = LinkageInternal
			}
			prev, seen := w.linkage[name]
			switch {
			case !seen:
				w.linkage[name] = cur
			case st.isExtern:
			case prev == LinkageExternal && cur == LinkageInternal:
				w.errorf(d, "static declaration of '%s' follows non-static declaration", name)
			case prev == LinkageInternal && cur == LinkageExternal:
				w.errorf(d, "non-static declaration of '%s' follows static declaration", name)
			}
		}
		v := Var{Name: name, Type: spellType(specs, declDerivs(d))}
		switch {
		case fileScope && st.isRegister:
			continue // a global register variable (GNU C): no storage
		case fileScope && st.isExtern && !it.hasInit && !it.alias && !st.isAlias:
			continue // a declaration, defined elsewhere
		case fileScope && st.isStatic:
			v.Linkage = LinkageInternal
		case fileScope:
			v.Linkage = LinkageExternal
		case st.isExtern || !(st.isStatic || st.isThreadLocal):
			continue // automatic, register, or a block-scope extern declaration
		default:
			v.Linkage = LinkageNone
			v.Func = w.funcs[len(w.funcs)-1].Func
		}
		immutable, pointee := constness(levels)
		v.PointeeConst = pointee
		switch {
		case st.isThreadLocal:
			v.Class = ClassThreadLocal
		case immutable:
			v.Class = ClassImmutable
		default:
			v.Class = ClassMutable
		}
		pos := d.NameTok().Position()
		v.File, v.Line, v.Col, v.off = pos.Filename, pos.Line, pos.Column, pos.Offset
		v.hasInit = it.hasInit
		if fileScope {
			if i, ok := w.fileScope[name]; ok {
				if w.vars[i].Linkage == LinkageInternal {
					// C11 6.2.2p4: `extern` after a visible `static`
					// declaration keeps its internal linkage.
					v.Linkage = LinkageInternal
				}
				if it.hasInit && !w.vars[i].hasInit {
					w.vars[i] = v // the definition wins over tentative ones
				}
				continue
			}
			w.fileScope[name] = len(w.vars)
		} else {
			w.locals[d] = len(w.vars)
		}
		w.vars = append(w.vars, v)
	}
}

func reflectValue(n any) reflect.Value { return reflect.ValueOf(n) }

// errorf records a constraint violation at a node.
func (w *unitWalker) errorf(n cc.Node, format string, args ...any) {
	pos := n.Position()
	w.errs = append(w.errs, fmt.Sprintf("%s:%d:%d: error: %s", pos.Filename, pos.Line, pos.Column, fmt.Sprintf(format, args...)))
}

// typeofLevels is the level list of typeof(expression): read from the
// expression's syntax where that decides it (a declared object, `e[i]`,
// `*e`, `&e`, a cast, pointer arithmetic, parentheses); an rvalue of
// arithmetic type is unqualified. Otherwise the shape of cc/v4's type for the
// expression with every qualifier dropped (cc/v4's qualifiers are not
// reliable): the audit then says mutable, never wrongly immutable.
func (w *unitWalker) typeofLevels(e cc.ExpressionNode) []level {
	if l := w.exprLevels(e); l != nil {
		return l
	}
	return unqualifiedLevels(exprType(e))
}

// exprLevels is the level list of an expression's type when its syntax
// decides it; nil otherwise. The result is a fresh slice.
func (w *unitWalker) exprLevels(e cc.ExpressionNode) []level {
	switch x := e.(type) {
	case *cc.ExpressionList:
		if x.ExpressionList != nil {
			for x.ExpressionList != nil {
				x = x.ExpressionList
			}
			return rvalue(w.exprLevels(x.AssignmentExpression)) // comma: an rvalue
		}
		return w.exprLevels(x.AssignmentExpression)
	case *cc.PrimaryExpression:
		switch x.Case {
		case cc.PrimaryExpressionExpr:
			return w.exprLevels(x.ExpressionList)
		case cc.PrimaryExpressionIdent:
			if d, ok := x.ResolvedTo().(*cc.Declarator); ok {
				if l := w.declared[d]; l != nil {
					return append([]level(nil), l...)
				}
			}
		}
	case *cc.PostfixExpression:
		if x.Case == cc.PostfixExpressionIndex {
			// e[i], or i[e]: the element of whichever side is the array or
			// pointer.
			for _, side := range []cc.ExpressionNode{x.PostfixExpression, x.ExpressionList} {
				if l := w.exprLevels(side); len(l) > 1 && (l[0].kind == levelPtr || l[0].kind == levelArray) {
					return l[1:]
				}
			}
		}
	case *cc.UnaryExpression:
		switch x.Case {
		case cc.UnaryExpressionDeref:
			if l := w.exprLevels(x.CastExpression); len(l) > 1 && (l[0].kind == levelPtr || l[0].kind == levelArray) {
				return l[1:]
			}
		case cc.UnaryExpressionAddrof:
			if l := w.exprLevels(x.CastExpression); l != nil {
				return append([]level{{kind: levelPtr}}, l...)
			}
		}
	case *cc.CastExpression:
		if x.Case == cc.CastExpressionCast && x.TypeName != nil {
			return rvalue(w.td.typeNameLevels(x.TypeName))
		}
	case *cc.AdditiveExpression:
		// Pointer arithmetic: the pointer's type, as an rvalue.
		for _, side := range []cc.ExpressionNode{x.AdditiveExpression, x.MultiplicativeExpression} {
			if l := w.exprLevels(side); len(l) > 1 && (l[0].kind == levelPtr || l[0].kind == levelArray) {
				if x.Case == cc.AdditiveExpressionSub && side == x.MultiplicativeExpression {
					break // integer - pointer is no pointer
				}
				if t := exprType(x); t != nil && t.Kind() == cc.Ptr {
					return rvalue(l)
				}
			}
		}
	}
	// An rvalue of arithmetic type (ci + 0, a comparison, a call
	// returning int) is unqualified.
	if t := exprType(e); t != nil && isArithmetic(t.Kind()) && !isLvalueForm(e) {
		return []level{{kind: levelBase}}
	}
	return nil
}

// rvalue is the type of a value of levels: an array decays to a pointer to
// its element and the top-level qualifiers go.
func rvalue(l []level) []level {
	if len(l) == 0 {
		return nil
	}
	l = append([]level(nil), l...)
	if l[0].kind == levelArray {
		l[0] = level{kind: levelPtr}
	}
	l[0].isConst, l[0].isVolatile, l[0].isAtomic, l[0].isRestrict = false, false, false, false
	return l
}

// isLvalueForm reports whether an expression's form can designate an object
// (whose qualifiers typeof keeps).
func isLvalueForm(e cc.ExpressionNode) bool {
	switch x := e.(type) {
	case *cc.PrimaryExpression:
		return x.Case == cc.PrimaryExpressionIdent || x.Case == cc.PrimaryExpressionExpr || x.Case == cc.PrimaryExpressionString
	case *cc.PostfixExpression:
		return x.Case == cc.PostfixExpressionIndex || x.Case == cc.PostfixExpressionSelect || x.Case == cc.PostfixExpressionPSelect || x.Case == cc.PostfixExpressionComplit
	case *cc.UnaryExpression:
		return x.Case == cc.UnaryExpressionDeref
	case *cc.ExpressionList:
		return x.ExpressionList == nil && isLvalueForm(x.AssignmentExpression)
	}
	return false
}

func exprType(e cc.ExpressionNode) cc.Type {
	t, ok := e.(interface{ Type() cc.Type })
	if !ok {
		return nil
	}
	return t.Type()
}

func isArithmetic(k cc.Kind) bool {
	switch k {
	case cc.Bool, cc.Char, cc.SChar, cc.UChar, cc.Short, cc.UShort, cc.Int, cc.UInt,
		cc.Long, cc.ULong, cc.LongLong, cc.ULongLong, cc.Float, cc.Double, cc.LongDouble,
		cc.Enum, cc.Int128, cc.UInt128:
		return true
	}
	return false
}

// unqualifiedLevels is the derivation shape of a cc/v4 type without
// qualifiers; nil for nil.
func unqualifiedLevels(t cc.Type) []level {
	var l []level
	for i := 0; t != nil && i < 64; i++ {
		switch x := t.(type) {
		case *cc.PointerType:
			l = append(l, level{kind: levelPtr})
			t = x.Elem()
			if t != nil && t.Kind() == cc.Function {
				return append(l, level{kind: levelFunc}, level{kind: levelBase})
			}
			continue
		case *cc.ArrayType:
			l = append(l, level{kind: levelArray})
			t = x.Elem()
			continue
		}
		return append(l, level{kind: levelBase})
	}
	return l
}

func (w *unitWalker) fileScopeInitializers(decl *cc.Declaration) {
	switch decl.Case {
	case cc.DeclarationDecl:
		for l := decl.InitDeclaratorList; l != nil; l = l.InitDeclaratorList {
			if id := l.InitDeclarator; id != nil && id.Initializer != nil {
				w.walk(reflectValue(id.Initializer))
			}
		}
	case cc.DeclarationAuto:
		if decl.Initializer != nil {
			w.walk(reflectValue(decl.Initializer))
		}
	}
}

// weakAlias records `#pragma weak alias = target`: when target is a variable
// the unit defines at file scope and alias is not defined itself, alias is a
// second symbol (weak, external) for target's storage, classified like it.
func (w *unitWalker) weakAlias(alias, target cc.Token) {
	i, ok := w.fileScope[target.SrcStr()]
	if !ok {
		return
	}
	name := alias.SrcStr()
	if _, defined := w.fileScope[name]; defined {
		return
	}
	v := w.vars[i]
	pos := alias.Position()
	v.Name, v.Linkage, v.hasInit = name, LinkageExternal, false
	v.File, v.Line, v.Col, v.off = pos.Filename, pos.Line, pos.Column, pos.Offset
	w.fileScope[name] = len(w.vars)
	w.vars = append(w.vars, v)
}
