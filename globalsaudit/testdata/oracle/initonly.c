/* init-only: every write inside a listed initializer function. The class
 * without an initializers list is the first one annotated; init= gives the
 * class with testdata/oracle/initonly.initializers.tsv. */

static int config_level;                 /* expect: config_level mutable pc=false init=mutable */
static const char *config_name;          /* expect: config_name mutable pc=true init=init-only */
static int written_later;                /* expect: written_later mutable pc=false init=mutable */
static int addr_taken;                   /* expect: addr_taken mutable pc=false init=mutable */
static int table[4];                     /* expect: table mutable pc=false init=init-only */
static char decays[8];                   /* expect: decays mutable pc=false init=init-only */
static struct { int a; int b[2]; } st;   /* expect: st mutable pc=false init=init-only */
static int *escapes = &config_level;   /* expect: escapes mutable pc=false init=init-only */
static char decays_late[8];             /* expect: decays_late mutable pc=false init=mutable */
static int table_late[4];               /* expect: table_late mutable pc=false init=mutable */
static struct { int a; int b[2]; } st_late; /* expect: st_late mutable pc=false init=mutable */
static int read_only_never_written = 3;  /* expect: read_only_never_written mutable pc=false init=init-only */
static int through_ptr_target;           /* expect: through_ptr_target mutable pc=false init=mutable */
static int *const cptr = &through_ptr_target; /* expect: cptr immutable pc=false */
int external_written;                    /* expect: external_written mutable pc=false init=mutable */
static int asm_out;                      /* expect: asm_out mutable pc=false init=mutable */

static void fill(char *p) { p[0] = 1; }

void module_init(void) {
	static int init_calls;               /* expect: init_calls mutable pc=false func=module_init init=init-only */
	init_calls++;
	config_level = 3;
	config_name = "x";
	table[1] = 2;
	st.b[1] = 4;
	written_later = 1;
	fill(decays);
}

int runtime_use(void) {
	int *p = &addr_taken;
	char *q = decays_late;
	table_late[2] = 1;
	(st_late).b[0]++;
	written_later += 1;
	__asm__("" : "=r"(asm_out));
	return config_level + table[1] + st.a + *p + sizeof(decays) + read_only_never_written + *cptr + cptr[0] + *q;
}

void other_unit_writes(void);
