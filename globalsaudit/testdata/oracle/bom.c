int bom_first;                             /* expect: bom_first mutable pc=false col=5 */
/* Regression (review 4): a UTF-8 byte order mark before line 1. Like gcc
 * and editors, columns do not count it (both preprocessors). */
int bom_second;                            /* expect: bom_second mutable pc=false col=5 */
