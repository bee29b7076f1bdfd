/* Regression (review 4): `#pragma weak alias = target` defines alias as a
 * second, weak symbol (nm: V) for target's storage: reported like the
 * target, with external linkage, at the alias's name in the pragma. */
int target2 = 1;                           /* expect: target2 mutable pc=false */
#pragma weak alias2 = target2              /* expect: alias2 mutable pc=false col=14 */
extern int alias2;
static int starget;                        /* expect: starget mutable pc=false */
#pragma weak salias = starget              /* expect: salias mutable pc=false col=14 */
#pragma weak unrelated_function
int unrelated_function(void) { return target2 + starget; }
