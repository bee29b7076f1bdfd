#include "macros.h"

COUNTER(hits);                    /* expect: hits_count mutable pc=false col=1 */
TABLE(primes, 2, 3, 5, 7);        /* expect: primes immutable pc=false */
PAIR(pa, pb);                     /* expect: pa mutable pc=false; pb immutable pc=false */
#define GLOBAL_VIA_OBJECT_MACRO static char object_macro_buf[8]
GLOBAL_VIA_OBJECT_MACRO;          /* expect: object_macro_buf mutable pc=false */
#define NAME_OF(x) x
static int NAME_OF(wrapped) = 1;  /* expect: wrapped mutable pc=false */
#define EMPTY
EMPTY static EMPTY int after_empty EMPTY; /* expect: after_empty mutable pc=false */

int use_macros(void) {
	LOCAL_ONCE();                 /* expect: macro_local mutable pc=false func=use_macros col=2 */
	return hits_count + primes[0] + macro_local + wrapped + after_empty + object_macro_buf[0];
}
