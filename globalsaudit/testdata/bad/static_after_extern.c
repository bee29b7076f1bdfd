/* Regression (review 4): as static_after_nonstatic.c, after `extern`. */
extern int e;
static int e = 1;
