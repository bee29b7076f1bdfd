# Issue 6, the proof and the showcase of the interpreters API (bench/parallel/, demo/).
#
#   make demo-parallel            (make demo) demo/fanout.py under build/subpy: CPU-bound work
#                                 fanned out to one interpreter per core over channels, and the
#                                 speed-up over one interpreter
#   make bench-parallel           (make bench) parallel efficiency, messaging and interpreter
#                                 lifecycle, subpy against CPython 3.13 in the same run
#                                 (bench/parallel/README.md)
#   make test-readme-interpreters (make test) README's interpreters examples run under
#                                 build/subpy and print what the README shows
#   make conformance-interpreters CPython 3.13's own Lib/test/test_interpreters suite (and its
#                                 test.support.interpreters package) run by build/subpy over
#                                 CPython's Lib: how far it gets (it needs the standard library;
#                                 today it stops at the first import of _weakref)
#
# BENCH_PARALLEL_FLAGS adds driver options, e.g. `make bench-parallel BENCH_PARALLEL_FLAGS='--only scale --repeat 5'`.
# Not niced on purpose: the efficiency rounds report the run-queue wait instead.

PARALLEL_SUBPY       ?= $(BUILD)/subpy
BENCH_PARALLEL_FLAGS ?=

.PHONY: demo-parallel bench-parallel test-readme-interpreters conformance-interpreters
DEMO_TARGETS  += demo-parallel
BENCH_TARGETS += bench-parallel
TEST_TARGETS  += test-readme-interpreters

demo-parallel: $(PARALLEL_SUBPY) $(ENGINE_LIB)
	$(PARALLEL_SUBPY) demo/fanout.py

bench-parallel: $(PARALLEL_SUBPY) $(ENGINE_LIB)
	$(PY313) bench/parallel/run.py --subpy $(PARALLEL_SUBPY) --py313 $(PY313) $(BENCH_PARALLEL_FLAGS)

test-readme-interpreters: $(PARALLEL_SUBPY) $(ENGINE_LIB)
	$(PY313) demo/readme_examples.py --subpy $(PARALLEL_SUBPY) --readme README.md

PY313_LIB := $(dir $(PY313))../lib/python3.13

conformance-interpreters: $(PARALLEL_SUBPY) $(ENGINE_LIB)
	PYTHONPATH=$(PY313_LIB) $(PARALLEL_SUBPY) -m unittest -v test.test_interpreters
