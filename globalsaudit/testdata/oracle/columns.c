/* Regression (review 4, defect 3): with the host preprocessor, the column
 * of a declarator's identifier was the first textual occurrence of its name
 * on the line: wrong when a tag, a typedef name, an extern declaration, a
 * previous tentative definition or a member spells it earlier, or a use
 * spells it later in the line. */
struct state { int n; };
static struct state state;                 /* expect: state mutable pc=false col=21 */
struct v { int v; } v;                     /* expect: v mutable pc=false col=21 */
enum { e1 } e1v; int e1vv;                 /* expect: e1v mutable pc=false col=13; e1vv mutable pc=false col=22 */
char *a = "a b", b;                        /* expect: a mutable pc=false col=7; b mutable pc=false col=18 */
int tent; int tent = 1;                    /* expect: tent mutable pc=false col=15 */
int tent2; int tent2;                      /* expect: tent2 mutable pc=false col=5 */
extern int ev; int ev = 2;                 /* expect: ev mutable pc=false col=20 */
static int ste; static int ste = 3;        /* expect: ste mutable pc=false col=28 */
extern int arr_e[]; int arr_e[5];          /* expect: arr_e mutable pc=false col=25 */
extern __thread int etl; __thread int etl = 2; /* expect: etl thread-local pc=false col=39 */
typedef int T;
int f_shadow(void) { static T T = 1; static int shadow = 2; return T + shadow; } /* expect: T mutable pc=false func=f_shadow col=31; shadow mutable pc=false func=f_shadow col=49 */
struct tag { int v; } tag;                 /* expect: tag mutable pc=false col=23 */
typedef struct node { struct node *next; } node;
int f(int k) { int n = k; static int n2 = 0; return n + n2; } /* expect: n2 mutable pc=false func=f col=38 */
int wrap(void) { static int wrap_s; return wrap_s; } int wrap_s2; /* expect: wrap_s mutable pc=false func=wrap col=29; wrap_s2 mutable pc=false col=58 */
int	tabbed;	int	tab2;                      /* expect: tabbed mutable pc=false col=5; tab2 mutable pc=false col=17 */
   int   spaced  ,  spaced2  ;             /* expect: spaced mutable pc=false col=10; spaced2 mutable pc=false col=21 */
int pfx = 1, ppfx = 2, pf = 3;             /* expect: pfx mutable pc=false col=5; ppfx mutable pc=false col=14; pf mutable pc=false col=24 */
int q = 0 ? 1 : 2, r = sizeof q;           /* expect: q mutable pc=false col=5; r mutable pc=false col=20 */
