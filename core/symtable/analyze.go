package symtable

import "sort"

// nameSet is a set of names used by the analysis (CPython's sets).
type nameSet map[string]struct{}

func (s nameSet) has(n string) bool { _, ok := s[n]; return ok }
func (s nameSet) add(n string)      { s[n] = struct{}{} }
func (s nameSet) addAll(o nameSet) {
	for n := range o {
		s[n] = struct{}{}
	}
}
func (s nameSet) clone() nameSet {
	c := make(nameSet, len(s))
	c.addAll(s)
	return c
}

// analyze is the second pass (CPython's symtable_analyze): it resolves
// every symbol's scope, from the module down.
func (b *builder) analyze() {
	b.analyzeBlock(b.t.Top, nil, nameSet{}, nameSet{}, nameSet{}, nil)
}

// analyzeName decides the scope of one name of s.
func (b *builder) analyzeName(s *Scope, scopes map[string]SymScope, name string, flags Flag,
	bound, local, free, global, typeParams nameSet, classEntry *Scope) {
	if flags&DefGlobal != 0 {
		if flags&DefNonlocal != 0 {
			b.errorAtDirective(s, name, "name '%s' is nonlocal and global", name)
		}
		scopes[name] = GlobalExplicit
		global.add(name)
		if bound != nil {
			delete(bound, name)
		}
		return
	}
	if flags&DefNonlocal != 0 {
		if bound == nil {
			b.errorAtDirective(s, name, "nonlocal declaration not allowed at module level")
		}
		if !bound.has(name) {
			b.errorAtDirective(s, name, "no binding for nonlocal '%s' found", name)
		}
		if typeParams.has(name) {
			b.errorAtDirective(s, name, "nonlocal binding not allowed for type parameter '%s'", name)
		}
		scopes[name] = Free
		free.add(name)
		return
	}
	if flags&DefBound != 0 {
		scopes[name] = Local
		local.add(name)
		delete(global, name)
		if flags&DefTypeParam != 0 {
			typeParams.add(name)
		} else {
			delete(typeParams, name)
		}
		return
	}
	// A scope that sees its class's namespace reads a name the class
	// binds from the class dict or the globals, never from an outer
	// function.
	if classEntry != nil {
		cf := classEntry.flagsOf(name)
		if cf&DefGlobal != 0 {
			scopes[name] = GlobalExplicit
			return
		}
		if cf&DefBound != 0 && cf&DefNonlocal == 0 {
			scopes[name] = GlobalImplicit
			return
		}
	}
	if bound != nil && bound.has(name) {
		scopes[name] = Free
		free.add(name)
		return
	}
	scopes[name] = GlobalImplicit
}

func (b *builder) errorAtDirective(s *Scope, name, format string, args ...any) {
	for _, d := range s.directives {
		if d.name == name {
			b.errorAt(d.pos, format, args...)
		}
	}
	panic("symtable: directive bookkeeping broken for " + name)
}

func (b *builder) analyzeBlock(s *Scope, bound, free, global, typeParams nameSet, classEntry *Scope) {
	local := nameSet{}
	scopes := make(map[string]SymScope, len(s.Symbols))
	newGlobal, newFree, newBound, inlinedCells := nameSet{}, nameSet{}, nameSet{}, nameSet{}

	// A class's bindings are invisible to nested functions: what they
	// see is what the class itself sees.
	if s.Kind == ClassScope {
		newGlobal.addAll(global)
		if bound != nil {
			newBound.addAll(bound)
		}
	}
	for i := range s.Symbols {
		sym := &s.Symbols[i]
		b.analyzeName(s, scopes, sym.Name, sym.Flags, bound, local, free, global, typeParams, classEntry)
	}
	if s.Kind != ClassScope {
		if s.Kind.IsFunctionLike() {
			newBound.addAll(local)
		}
		if bound != nil {
			newBound.addAll(bound)
		}
		newGlobal.addAll(global)
	} else {
		newBound.add("__class__")
		newBound.add("__classdict__")
	}

	for _, c := range s.Children {
		var ce *Scope
		if c.CanSeeClassScope {
			if s.Kind == ClassScope {
				ce = s
			} else if classEntry != nil {
				ce = classEntry
			}
		}
		inline := c.Comprehension != NoComprehension && !c.Generator && !s.CanSeeClassScope
		childFree := newFree.clone()
		b.analyzeBlock(c, newBound.clone(), childFree, newGlobal.clone(), typeParams.clone(), ce)
		if inline {
			inlineComprehension(s, c, scopes, childFree, inlinedCells)
			c.CompInlined = true
		}
		newFree.addAll(childFree)
	}

	// Inlined comprehensions leave the tree; their children take their
	// place.
	var kids []*Scope
	for _, c := range s.Children {
		if c.CompInlined {
			s.Inlined = append(s.Inlined, c)
			kids = append(kids, c.Children...)
			for _, g := range c.Children {
				g.Parent = s
			}
		} else {
			kids = append(kids, c)
		}
	}
	s.Children = kids

	if s.Kind.IsFunctionLike() {
		for name, sc := range scopes {
			if sc != Local {
				continue
			}
			if newFree.has(name) || inlinedCells.has(name) {
				scopes[name] = Cell
				delete(newFree, name)
			}
		}
	} else if s.Kind == ClassScope {
		if newFree.has("__class__") {
			delete(newFree, "__class__")
			s.NeedsClassClosure = true
		}
		if newFree.has("__classdict__") {
			delete(newFree, "__classdict__")
			s.NeedsClassDict = true
		}
	}
	updateSymbols(s, scopes, bound, newFree, inlinedCells, s.Kind == ClassScope || s.CanSeeClassScope)
	free.addAll(newFree)
}

// inlineComprehension merges comp's symbols into its parent s (PEP 709).
func inlineComprehension(s, comp *Scope, scopes map[string]SymScope, compFree, inlinedCells nameSet) {
	removeDunderClass := false
	for i := range comp.Symbols {
		sym := &comp.Symbols[i]
		if sym.Flags&DefParam != 0 {
			continue // .0
		}
		sc := sym.Scope
		if sc == Cell || sym.Flags&DefCompCell != 0 {
			inlinedCells.add(sym.Name)
		}
		_, exists := s.index[sym.Name]
		if sc == Free && s.Kind == ClassScope && sym.Name == "__class__" {
			sc = GlobalImplicit
			delete(compFree, sym.Name)
			removeDunderClass = true
		}
		if !exists {
			s.setFlags(sym.Name, sym.Flags)
			scopes[sym.Name] = sc
		} else if s.flagsOf(sym.Name)&DefBound != 0 && s.Kind != ClassScope {
			if !freeInAnyChild(comp, sym.Name) {
				delete(compFree, sym.Name)
			}
		}
	}
	if removeDunderClass {
		comp.remove("__class__")
	}
}

func freeInAnyChild(s *Scope, name string) bool {
	for _, c := range s.Children {
		if c.ScopeOf(name) == Free {
			return true
		}
	}
	return false
}

// updateSymbols records the resolved scopes in s.Symbols and adds the
// free variables that only pass through s on their way to a child.
func updateSymbols(s *Scope, scopes map[string]SymScope, bound, free, inlinedCells nameSet, classFlag bool) {
	for i := range s.Symbols {
		sym := &s.Symbols[i]
		if inlinedCells.has(sym.Name) {
			sym.Flags |= DefCompCell
		}
		sym.Scope = scopes[sym.Name]
	}
	var pass []string
	for name := range free {
		if i, ok := s.index[name]; ok {
			// A method's free variable named like a class-level name.
			if classFlag {
				s.Symbols[i].Flags |= DefFreeClass
			}
			continue
		}
		if bound != nil && !bound.has(name) {
			continue // a global
		}
		pass = append(pass, name)
	}
	// CPython adds these in set order (hash order); sort for determinism.
	sort.Strings(pass)
	for _, name := range pass {
		s.setFlags(name, 0)
		s.Symbols[len(s.Symbols)-1].Scope = Free
	}
}
