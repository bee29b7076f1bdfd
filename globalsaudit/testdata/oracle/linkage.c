/* Regression (review 4, defect 4): `extern` after a visible `static`
 * declaration keeps internal linkage (C11 6.2.2p4), with or without an
 * initializer; nm binds these symbols locally (lower-case d/b/r). */
static int s2;                             /* expect: s2 mutable pc=false */
extern int s2;
static int s3;
extern int s3 = 1;                         /* expect: s3 mutable pc=false */
static const int s4;                       /* expect: s4 immutable pc=false */
extern const int s4;
int f(void) { extern int s2; static int s5; { extern int s5x; } return s2 + s5 + s3 + s4; } /* expect: s5 mutable pc=false func=f */
static int s6 = 1;                         /* expect: s6 mutable pc=false */
int g(void) { extern int s6; return s6; }
static int s7;
int h(void) { extern int s7; return s7; }
extern int s7 = 2;                         /* expect: s7 mutable pc=false */
