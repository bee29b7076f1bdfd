/* Thread-locals: the class wins over const. */

__thread int t_gnu;                         /* expect: t_gnu thread-local pc=false */
_Thread_local int t_c11 = 1;                /* expect: t_c11 thread-local pc=false */
static __thread const int t_const = 2;      /* expect: t_const thread-local pc=false */
static _Thread_local const char *t_ptr;     /* expect: t_ptr thread-local pc=true */
extern __thread int t_declared;
__thread int t_a, t_b = 3;                  /* expect: t_a thread-local pc=false; t_b thread-local pc=false */

int use_threads(void) {
	static __thread int t_local;            /* expect: t_local thread-local pc=false func=use_threads */
	static _Thread_local const int t_lconst = 4; /* expect: t_lconst thread-local pc=false func=use_threads */
	return t_gnu + t_const + t_local + t_lconst + (t_ptr != 0);
}
