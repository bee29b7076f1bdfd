/* const through typedefs. */

typedef const int cint;
typedef int arr3[3];
typedef char *str;
typedef const char *cstr;
typedef const struct point { int x, y; } cpoint;
typedef cint carr2[2];
typedef str strs[2];

cint ci = 1;                      /* expect: ci immutable pc=false */
const arr3 ca = {1, 2, 3};        /* expect: ca immutable pc=false */
arr3 ma;                          /* expect: ma mutable pc=false */
const str cs = 0;                 /* expect: cs immutable pc=false */
str ms;                           /* expect: ms mutable pc=false */
cstr s1;                          /* expect: s1 mutable pc=true */
const cstr s2 = "x";              /* expect: s2 immutable pc=true */
cpoint origin = {0, 0};           /* expect: origin immutable pc=false */
cpoint *porigin = &origin;        /* expect: porigin mutable pc=true */
carr2 c2 = {1, 2};                /* expect: c2 immutable pc=false */
const strs cstrs = {0, 0};        /* expect: cstrs immutable pc=false */
static cstr cstr_arr[2];          /* expect: cstr_arr mutable pc=true */
/* cc/v4 cannot type-check typeof(type-name) at file scope; typeof(expr) works. */
static const int tsrc = 1;        /* expect: tsrc immutable pc=false */
__typeof__(tsrc) tci = 2;         /* expect: tci immutable pc=false */
static int *tisrc;                /* expect: tisrc mutable pc=false */
__typeof__(tisrc) tip;            /* expect: tip mutable pc=false */
const __typeof__(tisrc) ctip = 0; /* expect: ctip immutable pc=false */

int use_typedefs(void) {
	typedef int cint; /* a block-scope typedef shadows the const one */
	static cint shadowed;         /* expect: shadowed mutable pc=false */
	static const cint cshadowed = 2; /* expect: cshadowed immutable pc=false */
	return shadowed + cshadowed + cstr_arr[0][0];
}
