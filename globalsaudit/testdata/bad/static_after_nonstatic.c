/* Regression (review 4): gcc rejects a static declaration after a non-static
 * one (C11 6.2.2p7: undefined); cc/v4 accepts it. */
int w;
static int w;
