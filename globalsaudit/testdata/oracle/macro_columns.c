/* Regression (review 4, defect 3): a name a macro makes by pasting is not
 * spelled on the source line; with the host preprocessor its column was the
 * one in the expanded line, or a later use of the name on the line. Both
 * preprocessors now report the column of the macro invocation. */
#define DEFVAR(T, n) T var_##n
#define DEFCONST(n, v) static const int c_##n = v
#define PAIR(n) int n##_a, n##_b
DEFVAR(int, one);                          /* expect: var_one mutable pc=false col=1 */
  DEFVAR(const char *, two);               /* expect: var_two mutable pc=true col=3 */
DEFCONST(three, 3);                        /* expect: c_three immutable pc=false col=1 */
PAIR(pp);                                  /* expect: pp_a mutable pc=false col=1; pp_b mutable pc=false col=1 */
#define LOCAL(n) static int loc_##n
int usem(void) { LOCAL(x); LOCAL(y) = 1; return loc_x + loc_y; } /* expect: loc_x mutable pc=false func=usem col=18; loc_y mutable pc=false func=usem col=28 */
#define MANY int m1; static int m2; const int m3 = 3
int before; MANY; int after = 1;           /* expect: before mutable pc=false col=5; m1 mutable pc=false col=13; m2 mutable pc=false col=13; m3 immutable pc=false col=13; after mutable pc=false col=23 */
#define DEF_FN(name) int name(void) { static int name##_cnt; return name##_cnt++; }
DEF_FN(gen_a)                              /* expect: gen_a_cnt mutable pc=false func=gen_a col=1 */
