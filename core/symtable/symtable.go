// Package symtable owns the symbol-table pass of Python 3.13: from a syntax
// tree of core/ast it builds the tree of scopes CPython 3.13's symtable.c
// builds (module, function, class, lambda, comprehension, annotation,
// type-alias, type-parameter and type-variable scopes), records every
// name's DEF_* flags, resolves each name to LOCAL, GLOBAL_EXPLICIT,
// GLOBAL_IMPLICIT, FREE or CELL (free/cell analysis through nested
// functions and classes, the implicit __class__ and __classdict__ cells,
// PEP 709 comprehension inlining as 3.13 decides it), and raises the
// SyntaxErrors CPython 3.13's symtable raises, with the same messages and
// positions.
//
// It does not parse (core/parser), does not emit code (core/compile
// consumes the Table) and must not import anything of the engine but
// core/ast, core/scanner and core/token (it is layer 3). It holds no
// mutable package-level state: each Build works on its own builder, and a
// Table is never modified after Build returns, so it may be read from
// several goroutines.
//
// The values of Flag, SymScope and ScopeKind are CPython 3.13's own
// (_symtable.DEF_*, LOCAL..CELL, TYPE_*), so Symbol.Raw equals the integer
// the symtable module reports for the symbol.
package symtable

import (
	"github.com/subpy/subpy/core/ast"
)

// ScopeKind is the kind of a scope: CPython's _Py_block_ty, numbered as
// _symtable.TYPE_*.
type ScopeKind uint8

// The scope kinds.
const (
	FunctionScope   ScopeKind = iota // def, async def, lambda, comprehension
	ClassScope                       // a class body
	ModuleScope                      // the top scope of Module, Expression, Interactive
	AnnotationScope                  // annotations (see Table.LookupRole)
	TypeAliasScope                   // the value of a `type X = ...` statement
	TypeParamsScope                  // the type parameters of a generic def, class or alias
	TypeVarScope                     // a TypeVar's bound or constraints, a type parameter's default
)

var kindNames = [...]string{"function", "class", "module", "annotation", "type alias", "type parameters", "type variable"}

// String returns the kind as symtable.SymbolTableType spells it
// ("function", "class", "module", "annotation", "type alias",
// "type parameters", "type variable").
func (k ScopeKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "?"
}

// IsFunctionLike reports whether a scope of this kind has fast locals
// (CPython's _PyST_IsFunctionLike): function, type-alias, type-parameter
// and type-variable scopes.
func (k ScopeKind) IsFunctionLike() bool {
	return k == FunctionScope || k == TypeAliasScope || k == TypeParamsScope || k == TypeVarScope
}

// CompKind says which comprehension a comprehension scope is.
type CompKind uint8

// The comprehension kinds.
const (
	NoComprehension CompKind = iota
	ListComprehension
	DictComprehension
	SetComprehension
	GeneratorExpression
)

// Flag is a symbol's set of facts collected from the tree: CPython 3.13's
// DEF_* and USE bits with their values.
type Flag uint32

// The flags.
const (
	DefGlobal    Flag = 1 << iota // global statement
	DefLocal                      // bound in the scope (assignment, def, for, with, except, ...)
	DefParam                      // a parameter
	DefNonlocal                   // nonlocal statement
	Use                           // read (a Load); stores and deletions are DefLocal
	DefFree                       // unused by 3.13 (kept for the numbering)
	DefFreeClass                  // free in a class body's method, or an implicit __class__/__classdict__ use
	DefImport                     // bound by import
	DefAnnot                      // annotated (x: T)
	DefCompIter                   // a comprehension's iteration variable
	DefTypeParam                  // a PEP 695 type parameter
	DefCompCell                   // an inlined comprehension's cell (PEP 709)

	// DefBound is the set of flags that bind a name in its scope.
	DefBound = DefLocal | DefParam | DefImport
)

// SymScope is a symbol's resolved scope (CPython's LOCAL..CELL values).
type SymScope uint8

// The resolved scopes. Zero means "not resolved": in a built Table only
// the symbols of the detached annotation scopes (see RoleAnnotations) have
// it, since CPython never analyzes those.
const (
	Local          SymScope = 1 + iota // a local variable (fast local in function-like scopes)
	GlobalExplicit                     // declared global
	GlobalImplicit                     // global or builtin, by lookup failure
	Free                               // a free variable: a cell of an enclosing scope
	Cell                               // a local that nested scopes capture
)

var symScopeNames = [...]string{"", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"}

func (s SymScope) String() string {
	if int(s) < len(symScopeNames) {
		return symScopeNames[s]
	}
	return "?"
}

// scopeOffset is CPython's SCOPE_OFFSET: where the scope sits in the raw
// integer the symtable module reports.
const scopeOffset = 12

// Symbol is one name of one scope.
type Symbol struct {
	Name  string // after private-name mangling, as CPython stores it
	Flags Flag
	Scope SymScope
}

// Raw returns flags | scope<<12: the integer _symtable reports.
func (s *Symbol) Raw() int { return int(s.Flags) | int(s.Scope)<<scopeOffset }

// IsReferenced reports a read of the name in the scope (USE).
func (s *Symbol) IsReferenced() bool { return s.Flags&Use != 0 }

// IsParameter reports a parameter (DEF_PARAM).
func (s *Symbol) IsParameter() bool { return s.Flags&DefParam != 0 }

// IsImported reports a binding by import (DEF_IMPORT).
func (s *Symbol) IsImported() bool { return s.Flags&DefImport != 0 }

// IsAssigned reports a binding other than by parameter or import (DEF_LOCAL).
func (s *Symbol) IsAssigned() bool { return s.Flags&DefLocal != 0 }

// IsAnnotated reports an annotation of the name (DEF_ANNOT).
func (s *Symbol) IsAnnotated() bool { return s.Flags&DefAnnot != 0 }

// IsNonlocal reports a nonlocal declaration (DEF_NONLOCAL).
func (s *Symbol) IsNonlocal() bool { return s.Flags&DefNonlocal != 0 }

// IsDeclaredGlobal reports a global declaration (scope GLOBAL_EXPLICIT).
func (s *Symbol) IsDeclaredGlobal() bool { return s.Scope == GlobalExplicit }

// IsGlobal reports scope GLOBAL_EXPLICIT or GLOBAL_IMPLICIT (the symtable
// module also calls bound module-level names global; see Scope.IsGlobal).
func (s *Symbol) IsGlobal() bool { return s.Scope == GlobalExplicit || s.Scope == GlobalImplicit }

// IsLocal reports scope LOCAL or CELL.
func (s *Symbol) IsLocal() bool { return s.Scope == Local || s.Scope == Cell }

// IsFree reports scope FREE.
func (s *Symbol) IsFree() bool { return s.Scope == Free }

// IsCell reports scope CELL.
func (s *Symbol) IsCell() bool { return s.Scope == Cell }

// IsBound reports a binding in the scope (DEF_BOUND).
func (s *Symbol) IsBound() bool { return s.Flags&DefBound != 0 }

// Scope is one block of the program (CPython's symtable entry).
type Scope struct {
	Kind ScopeKind
	// Name is the def's, class's or alias's name, "top" for the module,
	// "<lambda>", "<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>",
	// the generic's name for type-parameter scopes, the type parameter's
	// name for type-variable scopes, "_annotation" for annotation scopes.
	Name string
	// Lineno, ColOffset, EndLineno, EndColOffset: the position of the
	// node that opened the scope (the def/class statement, not its first
	// decorator; the bound or default expression for type-variable
	// scopes; zeros for the module), CPython's units.
	Lineno, ColOffset, EndLineno, EndColOffset int
	Parent                                     *Scope
	// Children are the nested scopes in source order. As in CPython
	// 3.13, an inlined comprehension is not a child: its own children
	// take its place (it stays reachable through Table.Lookup and Inlined).
	Children []*Scope
	// Inlined lists the comprehensions inlined into this scope (PEP 709),
	// in source order.
	Inlined []*Scope

	// Symbols holds every name of the scope in first-seen order (the
	// order of CPython's ste_symbols dict, so the order the symtable module
	// lists them); index maps a name to its position.
	Symbols []Symbol
	index   map[string]int32

	// Varnames are the parameters in CPython's order (positional-only,
	// positional, keyword-only, *args, **kwargs; ".0" for a comprehension;
	// ".defaults", ".kwdefaults" for type-parameter scopes of functions
	// with defaults) — the first entries of co_varnames.
	Varnames []string

	Comprehension CompKind // which comprehension this scope is, if any

	Nested            bool // nested in a function-like scope (directly or not)
	Generator         bool // contains yield / yield from (or is a genexpr)
	Coroutine         bool // async def, or an async comprehension / await in one
	ReturnsValue      bool // `return value` seen
	Varargs           bool // has *args
	Varkw             bool // has **kwargs
	CompInlined       bool // a comprehension inlined into its parent (PEP 709)
	CanSeeClassScope  bool // a type-param/annotation/alias scope of a class body: reads through __classdict__
	NeedsClassClosure bool // a class body whose methods use __class__ (super())
	NeedsClassDict    bool // a class body whose annotation scopes read __classdict__
	Method            bool // a function scope directly in a class body

	// Builder state (mangled excepted), meaningless after Build.
	directives     []directive     // global/nonlocal declarations, for error positions
	mangled        map[string]bool // generic class type-param scope and below: the names to mangle (read-only after Build)
	compIterTarget bool            // visiting a comprehension's target
	compIterExpr   int             // >0 while visiting a comprehension's iterable
	scopeInfo      string          // type-variable scopes: "a TypeVar bound", ...
}

// Lookup returns the symbol named name (after mangling), or nil.
func (s *Scope) Lookup(name string) *Symbol {
	if i, ok := s.index[name]; ok {
		return &s.Symbols[i]
	}
	return nil
}

// ScopeOf returns the resolved scope of name, 0 if the scope has no such
// symbol (CPython's _PyST_GetScope).
func (s *Scope) ScopeOf(name string) SymScope {
	if sym := s.Lookup(name); sym != nil {
		return sym.Scope
	}
	return 0
}

// IsOptimized reports fast locals: the symtable module's is_optimized
// (true for function scopes only).
func (s *Scope) IsOptimized() bool { return s.Kind == FunctionScope }

// Role says which of the scopes a node can own Table.LookupRole returns.
type Role uint8

// The roles. CPython keys its blocks by AST node addresses; a node owns up
// to two scopes, so the key here is (node, role).
const (
	// RoleBody: the scope the node introduces itself. Module, Expression,
	// Interactive → the top scope; FunctionDef, AsyncFunctionDef, Lambda →
	// the function; ClassDef → the class body; ListComp, SetComp,
	// DictComp, GeneratorExp → the comprehension (also when inlined);
	// TypeAlias → the scope of its value.
	RoleBody Role = iota
	// RoleTypeParams: the type-parameter scope of a generic FunctionDef,
	// AsyncFunctionDef, ClassDef or TypeAlias (nil when it has no type
	// parameters).
	RoleTypeParams
	// RoleBound: the scope of a TypeVar's bound or constraints.
	RoleBound
	// RoleDefault: the scope of a TypeVar's, ParamSpec's or
	// TypeVarTuple's default.
	RoleDefault
	// RoleAnnotations: the annotation scope of a FunctionDef or
	// AsyncFunctionDef (all its annotations), or of an AnnAssign (keyed by
	// the statement). CPython 3.13 makes these only under `from
	// __future__ import annotations`, visits the annotations in them for
	// their errors only, and keeps them out of the tree (Parent is set,
	// the parent's Children do not list them); without the future import
	// annotations are evaluated, so their names belong to the enclosing
	// scope and there is no annotation scope.
	RoleAnnotations
)

type key struct {
	n    ast.Node
	role Role
}

// Table is the result of Build: the tree of scopes and an index from the
// tree's nodes to their scopes.
type Table struct {
	Top      *Scope
	Filename string
	// FutureAnnotations: `from __future__ import annotations` is in force.
	FutureAnnotations bool
	// All holds every scope in creation order (CPython's st_blocks order),
	// inlined comprehensions included.
	All   []*Scope
	nodes map[key]*Scope
}

// Lookup returns the scope node introduces itself (RoleBody), or nil.
func (t *Table) Lookup(node ast.Node) *Scope { return t.nodes[key{node, RoleBody}] }

// LookupRole returns the scope node owns in the given role, or nil.
func (t *Table) LookupRole(node ast.Node, role Role) *Scope { return t.nodes[key{node, role}] }

// Options are BuildWith's options; the zero value is the default.
type Options struct {
	// FutureAnnotations forces `from __future__ import annotations` (a
	// compile() flag or an inherited feature); the module's own future
	// imports are detected by Build.
	FutureAnnotations bool
}
