/* typeof(type-name) at block scope (GNU C, C23): cc/v4 fails its type
 * check. */
int f(void) { static __typeof__(const char *) ltp; return ltp != 0; }
int g(void) { static __typeof__(int) lt; return lt; }
