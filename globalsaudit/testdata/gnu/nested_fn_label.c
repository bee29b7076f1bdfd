/* A label and a goto before a nested function (GNU C): cc/v4 reports
 * "undefined label". */
int f(int k) {
again:
	if (k--)
		goto again;
	int in2(void) { return 1; }
	return in2();
}
