/* Structs and unions, named and anonymous. */

struct point { int x, y; };
struct with_const { const int a; int b; };

struct point origin;                                   /* expect: origin mutable pc=false */
static const struct point unit_pt = {1, 1};            /* expect: unit_pt immutable pc=false */
static struct { int a; const int b; } anon_s;          /* expect: anon_s mutable pc=false */
static const struct { int a; } anon_cs = {1};          /* expect: anon_cs immutable pc=false */
union { int i; float f; } anon_u;                      /* expect: anon_u mutable pc=false */
struct with_const wc = {1, 2};                         /* expect: wc mutable pc=false */
static struct { union { int u1; float u2; }; struct { int s1; }; } nested_anon; /* expect: nested_anon mutable pc=false */
struct bits { unsigned a : 3, b : 5; } bitfields;      /* expect: bitfields mutable pc=false */
struct flex { int n; int data[]; };
static struct flex flex_v = {2, {1, 2}};               /* expect: flex_v mutable pc=false */
struct point pts[3], *ppt = &pts[1];                   /* expect: pts mutable pc=false; ppt mutable pc=false */
const struct point *const cppt = &unit_pt;             /* expect: cppt immutable pc=true */
struct incomplete;
extern struct incomplete ext_incomplete;

int use_structs(void) { return anon_s.a + anon_cs.a + nested_anon.u1 + flex_v.n; }
