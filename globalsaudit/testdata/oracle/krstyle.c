/* K&R (old-style) definitions and implicit int. */

int kr_add(a, b)
	int a;
	char *b;
{
	static int kr_calls;          /* expect: kr_calls mutable pc=false func=kr_add */
	kr_calls++;
	return a + (b != 0) + kr_calls;
}

static kr_implicit = 3;           /* expect: kr_implicit mutable pc=false */
static const kr_cimplicit = 4;    /* expect: kr_cimplicit immutable pc=false */

kr_noproto()
{
	static short kr_s;            /* expect: kr_s mutable pc=false func=kr_noproto */
	return kr_s + kr_implicit + kr_cimplicit;
}
