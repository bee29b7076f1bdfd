/* Regression (review 4, defect 2): typeof(expression) kept the qualifiers
 * only when the expression was a bare identifier; the element of an array,
 * a dereference, an address, a cast and pointer arithmetic are read from the
 * expression's syntax now, and an arithmetic rvalue is unqualified. */
const int ci = 1;                          /* expect: ci immutable pc=false */
const char *pc;                            /* expect: pc mutable pc=true */
const char *const apcc[2] = {"a", "b"};    /* expect: apcc immutable pc=true */
char *const *cpc;                          /* expect: cpc mutable pc=false */
__typeof__(apcc[0]) elem = "x";            /* expect: elem immutable pc=true */
__typeof__(1[apcc]) elem2 = "y";           /* expect: elem2 immutable pc=true */
__typeof__(*pc) deref = 'c';               /* expect: deref immutable pc=false */
__typeof__(*apcc) deref2 = "z";            /* expect: deref2 immutable pc=true */
__typeof__(*cpc) deref3 = 0;               /* expect: deref3 immutable pc=false */
__typeof__(cpc[0][0]) ch;                  /* expect: ch mutable pc=false */
__typeof__((apcc[1])) paren = "p";         /* expect: paren immutable pc=true */
__typeof__(ci + 0) rval;                   /* expect: rval mutable pc=false */
__typeof__(-ci) neg;                       /* expect: neg mutable pc=false */
__typeof__(&ci) addr;                      /* expect: addr mutable pc=true */
__typeof__(pc + 1) arith;                  /* expect: arith mutable pc=true */
__typeof__(apcc + 1) decayed;              /* expect: decayed mutable pc=true */
__typeof__((const char *)0) cast;          /* expect: cast mutable pc=true */
__typeof__((char *const)0) cast2;          /* expect: cast2 mutable pc=false */
const __typeof__(pc + 1) carith = 0;       /* expect: carith immutable pc=true */
__typeof__(ci) *ptr_to_ci;                 /* expect: ptr_to_ci mutable pc=true */
int fn(void) {
	const int lc = 2;
	static __typeof__(lc * 2) tlc = 3;     /* expect: tlc mutable pc=false func=fn */
	static __typeof__(apcc[lc - 2]) le = 0; /* expect: le immutable pc=true func=fn */
	return tlc + (le != 0);
}
