/* Arrays: multi-dimensional, sized by expressions, completed later. */

enum { N = 4 };
int matrix[2][3];                                     /* expect: matrix mutable pc=false */
const int cmatrix[2][3] = {{1}};                       /* expect: cmatrix immutable pc=false */
static char sized[N * sizeof(int)];                    /* expect: sized mutable pc=false */
extern int completed[];
int completed[5];                                      /* expect: completed mutable pc=false */
static const char *const grid[2][2] = {{"a"}};         /* expect: grid immutable pc=true */
static int (*arr_of_ptr_to_arr[2])[3];                 /* expect: arr_of_ptr_to_arr mutable pc=false */
char big_bss[1 << 16];                                 /* expect: big_bss mutable pc=false */

int use_arrays(void) { return sized[0] + grid[0][0][0] + (arr_of_ptr_to_arr[0] != 0); }
