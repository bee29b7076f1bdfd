/* Pointers and qualifiers: the variable's own storage against what it
 * points to. */

const char *p_to_const;                  /* expect: p_to_const mutable pc=true */
char *const const_p = 0;                 /* expect: const_p immutable pc=false */
const char *const const_p_const = "x";   /* expect: const_p_const immutable pc=true */
char const *also_p_to_const;             /* expect: also_p_to_const mutable pc=true */

/* Arrays of pointers: the qualifier after the array dimensions counts. */
const char *names[] = {"a", "b"};        /* expect: names mutable pc=true */
const char *const cnames[] = {"a", "b"}; /* expect: cnames immutable pc=true */
char *const t[] = {0, 0};                /* expect: t immutable pc=false */
static char *plain_arr[4];               /* expect: plain_arr mutable pc=false */

/* Multi-level pointers: const all the way down, or not. */
const char **pp;                         /* expect: pp mutable pc=false */
const char *const *ppc;                  /* expect: ppc mutable pc=true */
char *const *ppm;                        /* expect: ppm mutable pc=false */
const char *const *const ppcc = 0;       /* expect: ppcc immutable pc=true */
int **const ipp = 0;                     /* expect: ipp immutable pc=false */
static char *const *const tbl[4];        /* expect: tbl immutable pc=false */

/* Pointers to arrays. */
int (*pa)[3];                            /* expect: pa mutable pc=false */
const int (*pca)[3];                     /* expect: pca mutable pc=true */
int (*const cpa)[3] = 0;                 /* expect: cpa immutable pc=false */

/* volatile, restrict, _Atomic. */
volatile int vol;                        /* expect: vol mutable pc=false */
const volatile int cvol = 1;             /* expect: cvol mutable pc=false */
volatile const int cvol2 = 2;            /* expect: cvol2 mutable pc=false */
volatile int *const vp = 0;              /* expect: vp immutable pc=false */
const volatile int *cvp;                 /* expect: cvp mutable pc=true */
int *restrict rp;                        /* expect: rp mutable pc=false */
const int *restrict crp;                 /* expect: crp mutable pc=true */
_Atomic int at;                          /* expect: at mutable pc=false */
_Atomic(int *) atp;                      /* expect: atp mutable pc=false */
int *_Atomic atp2;                       /* expect: atp2 mutable pc=false */
_Atomic(const int *) atcp;               /* expect: atcp mutable pc=true */
const _Atomic int cat = 3;               /* expect: cat immutable pc=false */
void *vptr;                              /* expect: vptr mutable pc=false */
const void *cvptr;                       /* expect: cvptr mutable pc=true */

int use_pointers(void) { return **tbl != 0; }
