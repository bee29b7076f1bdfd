/* Regression (review 4, defect 1): distinct variables with one name on one
 * line must each be reported. The audit used to merge reports by (file,
 * line, name), so the second of each pair went unreported and `check`
 * passed with a mutable local static nobody allowed (TestCheckSameName). */
int g1(void) { static int cnt = 1; { static int cnt = 2; return cnt; } } /* expect: cnt mutable pc=false func=g1 col=27; cnt mutable pc=false func=g1 col=49 */
int g2(void) {
	static int cnt2 = 1;                   /* expect: cnt2 mutable pc=false func=g2 col=13 */
	{ static int cnt2 = 2; return cnt2; } /* expect: cnt2 mutable pc=false func=g2 col=15 */
}
int g3(int k) { if (k) { static int c3; return c3++; } else { static int c3; return c3--; } } /* expect: c3 mutable pc=false func=g3 col=37; c3 mutable pc=false func=g3 col=74 */
static int fs; int g4(void) { static int fs; return fs; } /* expect: fs mutable pc=false col=12; fs mutable pc=false func=g4 col=42 */
int g5(void) { static const int k5 = 1; { static int k5 = 2; return k5; } } /* expect: k5 immutable pc=false func=g5 col=33; k5 mutable pc=false func=g5 col=54 */
