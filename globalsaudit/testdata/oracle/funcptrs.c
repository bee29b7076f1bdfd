/* Function pointers: the pointer is the variable; the code it points to
 * cannot be written, so pointee_const is true. */

static void f0(void) {}
static int f1(int x) { return x; }
void declared_only(void);
int (*proto_returning_fp(void))(int);

void (*fp)(void);                               /* expect: fp mutable pc=true */
void (*const cfp)(void) = f0;                   /* expect: cfp immutable pc=true */
void (*const fa[])(void) = {f0, f0};            /* expect: fa immutable pc=true */
int (*fa2[2])(int) = {f1, f1};                  /* expect: fa2 mutable pc=true */
static int (*(*fp_to_fp))(int);                 /* expect: fp_to_fp mutable pc=false */
static int (**fpp)(int);                        /* expect: fpp mutable pc=false */
static int (*const *cfpp)(int);                 /* expect: cfpp mutable pc=true */
char *(*ret_ptr)(void);                         /* expect: ret_ptr mutable pc=true */

typedef void (*cb_t)(void);
static cb_t cb;                                 /* expect: cb mutable pc=true */
static const cb_t ccb = f0;                     /* expect: ccb immutable pc=true */
cb_t const cbs[2] = {f0, f0};                   /* expect: cbs immutable pc=true */

struct ops { int (*call)(int); };
static const struct ops ops_table = {f1};       /* expect: ops_table immutable pc=false */
static struct ops mutable_ops = {f1};           /* expect: mutable_ops mutable pc=false */

int use_funcptrs(void) { f0(); return cb != 0 && ccb != 0 && fp_to_fp == 0 && fpp == 0 && cfpp == 0 && mutable_ops.call(ops_table.call(1)); }

/* Functions declared through typeof or a function typedef are not
 * variables, aliases of functions neither. */
typedef int fn_t(int);
fn_t declared_through_typedef;
extern __typeof(f1) typeof_alias __attribute__((weak, alias("f1")));
