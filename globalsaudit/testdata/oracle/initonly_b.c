/* Another unit writes initonly.c's external variable. */
extern int external_written;
void other_unit_writes(void) { external_written = 2; }
