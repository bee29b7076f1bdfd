/* Regression (review 4): gcc rejects a definition without a storage class
 * after a static declaration (extern would keep internal linkage). */
static int s;
int s = 1;
