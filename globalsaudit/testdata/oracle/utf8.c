/* Extended characters in identifiers: gcc -E writes them as UCNs. */
#include <stdio.h>
double привет = 0.1;                 /* expect: привет mutable pc=false col=8 */
static int Lefèvre = 2;              /* expect: Lefèvre mutable pc=false col=12 */
static const int \u00e9t\u00e9 = 3;  /* expect: été immutable pc=false col=18 */
int show(void) { return printf("%g %d %d\n", привет, Lefèvre, été); }
