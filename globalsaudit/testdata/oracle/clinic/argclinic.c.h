/* Generated-code style: an Argument-Clinic-like .c.h included in the middle
 * of its .c file, defining statics inside the functions it defines. */
struct arg_parser { const char *format; const char *const *keywords; int initialized; };

static int
parse_args(int n)
{
	static const char *const _keywords[] = {"a", "b", 0}; /* expect: _keywords immutable pc=true func=parse_args */
	static struct arg_parser _parser = {"ii", _keywords, 0}; /* expect: _parser mutable pc=false func=parse_args */
	_parser.initialized = 1;
	return n + _parser.initialized;
}
