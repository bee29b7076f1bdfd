/* Function-local statics: nested blocks, same names in several functions,
 * loops and switches, and what is not static. */
#include <string.h>

int counter(void) {
	static int calls;                      /* expect: calls mutable pc=false func=counter */
	static const int step = 1;             /* expect: step immutable pc=false func=counter */
	int automatic = 0;
	register int reg = 1;
	extern int declared_elsewhere;
	calls += step;
	return calls + automatic + reg;
}

int other(int n) {
	static int calls = 5;                  /* expect: calls mutable pc=false func=other */
	{
		static char buf[16];               /* expect: buf mutable pc=false func=other */
		{
			static const char *const msg = "deep"; /* expect: msg immutable pc=true func=other */
			memcpy(buf, msg, 4);
		}
	}
	for (int i = 0; i < n; i++) {
		static int loop_count;             /* expect: loop_count mutable pc=false func=other */
		loop_count++;
	}
	switch (n) {
	case 1: {
		static int one;                    /* expect: one mutable pc=false func=other */
		one++;
		break;
	}
	}
	if (n) { static int a; a++; } else { static int b; b++; } /* expect: a mutable pc=false func=other; b mutable pc=false func=other */
	int vla[n > 0 ? n : 1];
	vla[0] = calls;
	return vla[0] + __func__[0] + __FUNCTION__[0] + __PRETTY_FUNCTION__[0];
}

/* A statement expression with a static inside, from a macro. */
#define ONCE(x) ({ static int once_flag; int r = !once_flag; once_flag = (x); r; })
int use_once(void) { return ONCE(1); } /* expect: once_flag mutable pc=false func=use_once col=29 */

/* Compound literals: gcc's __compound_literal.N objects are not variables
 * of the source; the pointers to them are. */
int *clp = (int[]){1, 2, 3};               /* expect: clp mutable pc=false */
const int *const cclp = (const int[]){4};  /* expect: cclp immutable pc=true */

