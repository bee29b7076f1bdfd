/* Regression (review 4, defect 1 via #line): generated code (a parser
 * generator's actions) maps three distinct variables onto one line of
 * gram.y, which does not exist here. All three are reported: a file-scope
 * static and one local static in each of act1 and act2 (TestLineDirective). */
#line 10 "gram.y"
static int yycache;
#line 10 "gram.y"
int act1(void) { static int yycache; return yycache++; }
#line 10 "gram.y"
int act2(void) { static int yycache; return yycache++; }
#line 10 "gram.y"
int act3(void) { { static int yyc2; yyc2++; } { static int yyc2; return yyc2++; } }
int use(void) { return yycache; }
