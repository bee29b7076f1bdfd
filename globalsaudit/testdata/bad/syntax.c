/* Does not parse: the audit must fail with positions, not skip it. */
static int ok_before;
static int missing_semicolon
int after;
