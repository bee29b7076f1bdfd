/* File-scope definitions: storage classes, initializers, tentative and
 * repeated definitions, extern declarations, enums, string literals. */
#include <stddef.h>

int g_init = 1;                 /* expect: g_init mutable pc=false */
int g_zero;                     /* expect: g_zero mutable pc=false */
static int s_init = 2;          /* expect: s_init mutable pc=false */
static int s_zero;              /* expect: s_zero mutable pc=false */
const int c_ext = 3;            /* expect: c_ext immutable pc=false */
static const int c_int = 4;     /* expect: c_int immutable pc=false */
int const c_after = 5;          /* expect: c_after immutable pc=false */

/* Several declarators in one declaration. */
static int a1, a2 = 7, *a3, a4[3]; /* expect: a1 mutable pc=false; a2 mutable pc=false; a3 mutable pc=false; a4 mutable pc=false */
const int k1 = 1, k2 = 2, *k3;     /* expect: k1 immutable pc=false; k2 immutable pc=false; k3 mutable pc=true */

/* Tentative definitions repeated: one variable. */
int tent;                       /* expect: tent mutable pc=false */
int tent;
int tent;

/* A tentative definition followed by the real one: reported once, at the
 * definition with the initializer. */
static int later;
static int later = 9;           /* expect: later mutable pc=false */

/* extern then define. */
extern int ext_then_def;
int ext_then_def = 10;          /* expect: ext_then_def mutable pc=false */

/* Mere declarations: nothing to report. */
extern int only_declared;
extern const char *also_declared[];
extern int only_declared;

/* extern with an initializer is a definition (gcc warns). */
extern int ext_init = 11;       /* expect: ext_init mutable pc=false */

/* Typedefs and enums declare no variables; enum variables are variables. */
typedef int myint;
enum color { RED, GREEN, BLUE };
enum color paint = GREEN;       /* expect: paint mutable pc=false */
static const enum color fixed_paint = BLUE; /* expect: fixed_paint immutable pc=false */
static enum { LOW, HIGH } level_anon; /* expect: level_anon mutable pc=false */
myint my = 3;                   /* expect: my mutable pc=false */

/* String literals. */
char *str_ptr = "hello";        /* expect: str_ptr mutable pc=false */
const char *cstr_ptr = "hello"; /* expect: cstr_ptr mutable pc=true */
char str_buf[] = "hello";       /* expect: str_buf mutable pc=false */
const char str_const[] = "hi";  /* expect: str_const immutable pc=false */
static const char *const str_cc = "x"; /* expect: str_cc immutable pc=true */

/* Other scalar types. */
_Bool flag;                     /* expect: flag mutable pc=false */
long double ld = 1.0L;          /* expect: ld mutable pc=false */
_Complex double cz;             /* expect: cz mutable pc=false */
__int128 big;                   /* expect: big mutable pc=false */
size_t counted = sizeof(counted); /* expect: counted mutable pc=false */

int use_basic(void) { return g_init + s_init + s_zero + c_int + a1 + a2 + *a3 + a4[0] + later + fixed_paint + level_anon; }
