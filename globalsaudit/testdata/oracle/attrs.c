/* GCC extensions: attributes, asm labels, __extension__, sections. */

__attribute__((aligned(16))) int aligned_a;              /* expect: aligned_a mutable pc=false */
int unused_b __attribute__((unused));                     /* expect: unused_b mutable pc=false */
static int in_section __attribute__((section(".data.mine"))) = 1; /* expect: in_section mutable pc=false */
__attribute__((used)) static int kept;                    /* expect: kept mutable pc=false */
static const int cattr __attribute__((aligned(8))) = 2;   /* expect: cattr immutable pc=false */
int renamed __asm__("other_name") = 3;                   /* expect: renamed mutable pc=false sym=other_name */
__extension__ static long long ext_ll;                    /* expect: ext_ll mutable pc=false */
int __attribute__((weak)) weak_w = 4;                     /* expect: weak_w mutable pc=false */
static int packed_arr[4] __attribute__((aligned(32)));    /* expect: packed_arr mutable pc=false */
struct __attribute__((packed)) pk { char c; int i; } packed_s; /* expect: packed_s mutable pc=false */
static int *__attribute__((unused)) attr_ptr;             /* expect: attr_ptr mutable pc=false */

void __attribute__((noinline)) attr_fn(void) {
	static int __attribute__((unused)) local_attr;        /* expect: local_attr mutable pc=false func=attr_fn */
	__asm__ volatile("" ::: "memory");
}

/* An alias defines a second symbol for the same storage; a global register
 * variable has no storage at all. */
int alias_target[4];                                      /* expect: alias_target mutable pc=false */
extern int alias_name[4] __attribute__((alias("alias_target"))); /* expect: alias_name mutable pc=false */
extern const int alias_const __attribute__((alias("cattr_ext"))); /* expect: alias_const immutable pc=false */
const int cattr_ext = 5;                                  /* expect: cattr_ext immutable pc=false */
register long global_reg __asm__("r12");
int forced_common __attribute__((common));               /* expect: forced_common mutable pc=false */
