/* Macros that declare globals, expanded in the including file. */
#define COUNTER(n) static int n##_count
#define TABLE(name, ...) static const int name[] = {__VA_ARGS__}
#define PAIR(a, b) int a; const int b = 1
#define LOCAL_ONCE() static int macro_local
