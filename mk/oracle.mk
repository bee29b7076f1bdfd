# Execution oracle and program benchmarks (issue 5, items 6 and 7): oracle/, bench/programs/.
#
#   make test-oracle          (make test) every oracle program under python3.13 and build/subpy:
#                             stdout, stderr and exit status must match, except the programs
#                             listed in oracle/known_failures.txt (data that may only shrink)
#   make conformance-oracle   the same without the list: "N passed, M failed" and the first diffs
#   make oracle-update-known  rewrite oracle/known_failures.txt from a run (keeps old reasons)
#   make oracle-selftest      python3.13 against itself: proves every program deterministic
#   make bench-programs       (make bench) bench/programs/*.py timed under subpy, 3.13 and 3.11
#
# ORACLE_FLAGS adds runner options, e.g. `make conformance-oracle ORACLE_FLAGS='-k exc_ --show 50'`.

ORACLE_SUBPY ?= $(BUILD)/subpy
ORACLE_FLAGS ?=
ORACLE_RUN   := nice $(PY313) oracle/run.py --python $(PY313) $(ORACLE_FLAGS)
BENCH_PROGRAMS_FLAGS ?=

.PHONY: test-oracle conformance-oracle oracle-update-known oracle-selftest bench-programs
TEST_TARGETS  += test-oracle
BENCH_TARGETS += bench-programs

test-oracle: $(ORACLE_SUBPY)
	$(ORACLE_RUN) --subpy $(ORACLE_SUBPY) --known-failures oracle/known_failures.txt --budget 150

conformance-oracle: $(ORACLE_SUBPY)
	$(ORACLE_RUN) --subpy $(ORACLE_SUBPY) --show 20

oracle-update-known: $(ORACLE_SUBPY)
	$(ORACLE_RUN) --subpy $(ORACLE_SUBPY) --update-known

oracle-selftest:
	$(ORACLE_RUN) --subpy $(PY313)

bench-programs: $(ORACLE_SUBPY)
	nice $(PY313) bench/programs/run.py --subpy $(ORACLE_SUBPY) --py313 $(PY313) --py311 $(PY311) \
	  $(BENCH_PROGRAMS_FLAGS)
