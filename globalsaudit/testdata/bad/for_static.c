/* Regression (review 4): C11 6.8.5p3, a for loop's declaration declares
 * only auto or register objects; cc/v4 accepts a static one. */
void f(void) { for (static int fi = 0; fi < 3; fi++) ; }
