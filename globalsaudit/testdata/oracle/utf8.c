/* Extended characters in identifiers: gcc -E writes them as UCNs. */
#include <stdio.h>
double привет = 0.1;                 /* expect: привет mutable pc=false */
static int Lefèvre = 2;              /* expect: Lefèvre mutable pc=false */
static const int \u00e9t\u00e9 = 3;  /* expect: été immutable pc=false */
int show(void) { return printf("%g %d %d\n", привет, Lefèvre, été); }
