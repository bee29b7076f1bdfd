int bom_first;                             /* expect: bom_first mutable pc=false col=8 */
/* Regression (review 4): a UTF-8 byte order mark before line 1; columns
 * are byte columns of the file, the BOM included (it is 3 bytes). */
int bom_second;                            /* expect: bom_second mutable pc=false col=5 */
