# The two libraries and the public headers (issue 2), the ctests driver, the
# lifecycle demo and benchmark.
#
#   FRONT_LIB      build/libsubpy.so         the C front library (capi/front/*.c)
#   ENGINE_LIB     build/libsubpy-engine.so  the Go c-shared engine (package capi)
#   INCLUDE_STAMP  build/include/.stamp      build/include/ = a copy of include/
# mk/host.mk (the launcher, subpy-config, install) uses these three.

FRONT_LIB     := $(BUILD)/libsubpy.so
ENGINE_LIB    := $(BUILD)/libsubpy-engine.so
INCLUDE_STAMP := $(BUILD)/include/.stamp
ALL_TARGETS   += $(FRONT_LIB) $(ENGINE_LIB) $(INCLUDE_STAMP)

ENGINE_CFLAGS := -std=c11 -D_GNU_SOURCE -O2 -g -Wall -Wextra -Werror
FRONT_SRCS    := $(wildcard capi/front/*.c)
FRONT_HDRS    := $(wildcard capi/front/*.h) $(wildcard include/*.h include/cpython/*.h)
ENGINE_GO_SRCS := $(shell find capi statestruct -maxdepth 1 -name '*.go' ! -name '*_test.go') \
  $(shell find core -name '*.go' ! -name '*_test.go') go.mod

$(INCLUDE_STAMP): $(wildcard include/*.h include/cpython/*.h)
	@mkdir -p $(BUILD)/include
	rm -rf $(BUILD)/include/*
	cp -R include/. $(BUILD)/include/
	@touch $@

# Every capi/front/*.c (main.c, the host engineer's, included).
# -Bsymbolic-functions binds our own calls to our own functions inside a
# CPython process. Data: every exported object is defined under a hidden
# name with the public name as an alias, and the front refers only to the
# hidden names, so its references bind to its own objects inside CPython;
# what it returns and compares with goes through the canonical address
# found at load (the host executable's copy when it took a copy
# relocation): capi/front/objects.c. Not plain -Bsymbolic, which would
# make the public names' GOT entries point at our objects and hide the
# executable's copies. The version script exports CPython's names only.
$(FRONT_LIB): $(FRONT_SRCS) $(FRONT_HDRS) capi/front/front.map mk/engine.mk
	@mkdir -p $(BUILD)
	$(CC) $(ENGINE_CFLAGS) -fPIC -fvisibility=hidden -DSUBPY_VERSION=$(SUBPY_VERSION) \
	  -Iinclude -Icapi/front -shared -o $@ $(FRONT_SRCS) \
	  -Wl,-soname,libsubpy.so -Wl,-Bsymbolic-functions -Wl,--version-script=capi/front/front.map \
	  -Wl,-z,defs -ldl -lpthread

$(ENGINE_LIB): $(ENGINE_GO_SRCS) capi/front/engine_abi.h capi/engine.map
	@mkdir -p $(BUILD)
	CGO_CFLAGS="-O2 -g" $(GO) build -buildmode=c-shared -trimpath \
	  -ldflags '-extldflags "-Wl,-Bsymbolic -Wl,--version-script=$(ROOT)/capi/engine.map"' \
	  -o $@ ./capi
	rm -f $(BUILD)/libsubpy-engine.h

# --- ctests: one C host, a table of named cases (ctests/embed_cases.c) -----
# Built against libsubpy.so (every case) and against CPython 3.13's libpython
# (the ORACLE cases: their expectations are CPython's own behaviour).
CTESTS_DIR      := $(BUILD)/ctests
CTESTS_SUBPY    := $(CTESTS_DIR)/embed_cases
CTESTS_CPYTHON  := $(CTESTS_DIR)/embed_cases_cpython
CTESTS_CFLAGS   := -std=c11 -O1 -g -Wall -Wextra -Werror -pthread
ALL_TARGETS     += $(CTESTS_SUBPY) $(CTESTS_CPYTHON)

$(CTESTS_SUBPY): ctests/embed_cases.c $(FRONT_LIB) $(INCLUDE_STAMP)
	@mkdir -p $(CTESTS_DIR)
	$(CC) $(CTESTS_CFLAGS) -DSUBPY -I$(BUILD)/include -o $@ $< \
	  -L$(BUILD) -lsubpy -Wl,-rpath,$(BUILD) -ldl

$(CTESTS_CPYTHON): ctests/embed_cases.c
	@mkdir -p $(CTESTS_DIR)
	$(CC) $(CTESTS_CFLAGS) -I$(PY313_PREFIX)/include/python3.13 -o $@ $< \
	  -L$(PY313_PREFIX)/lib -lpython3.13 -Wl,-rpath,$(PY313_PREFIX)/lib -ldl

# ctests/objects_cases.c: the object layer (docs/capi-objects.md); every
# case runs against both libraries.
CTESTS_OBJ_SUBPY   := $(CTESTS_DIR)/objects_cases
CTESTS_OBJ_CPYTHON := $(CTESTS_DIR)/objects_cases_cpython
ALL_TARGETS        += $(CTESTS_OBJ_SUBPY) $(CTESTS_OBJ_CPYTHON)

$(CTESTS_OBJ_SUBPY): ctests/objects_cases.c $(FRONT_LIB) $(INCLUDE_STAMP)
	@mkdir -p $(CTESTS_DIR)
	$(CC) $(CTESTS_CFLAGS) -DSUBPY -I$(BUILD)/include -o $@ $< \
	  -L$(BUILD) -lsubpy -Wl,-rpath,$(BUILD) -lm

$(CTESTS_OBJ_CPYTHON): ctests/objects_cases.c
	@mkdir -p $(CTESTS_DIR)
	$(CC) $(CTESTS_CFLAGS) -I$(PY313_PREFIX)/include/python3.13 -o $@ $< \
	  -L$(PY313_PREFIX)/lib -lpython3.13 -Wl,-rpath,$(PY313_PREFIX)/lib -lm

.PHONY: ctests ctests-oracle check-engine-symbols
TEST_TARGETS += ctests ctests-oracle check-engine-symbols
CTESTS_ENV := EMBED_STDLIB=$(PY313_PREFIX)/lib/python3.13:$(PY313_PREFIX)/lib/python3.13/lib-dynload
# ctests/interpose.py: libsubpy.so loaded into running CPythons (ctypes in
# both modes under 3.13 and 3.11, cffi under Debian's python3) binds its data
# symbols to its own objects. A missing interpreter is reported, not skipped
# silently.
INTERPOSE_PYTHONS := $(PY313) $(PY311)
# ctests/header_dropin.c: Python.h brings what CPython's does (standard
# headers, feature-test macros), under -std=c11, against both header sets.
CTESTS_DROPIN := $(CTESTS_DIR)/header_dropin.o $(CTESTS_DIR)/header_dropin_cpython.o
$(CTESTS_DIR)/header_dropin.o: ctests/header_dropin.c $(INCLUDE_STAMP)
	@mkdir -p $(CTESTS_DIR)
	$(CC) -std=c11 -Wall -Wextra -Werror -I$(BUILD)/include -c -o $@ $<
$(CTESTS_DIR)/header_dropin_cpython.o: ctests/header_dropin.c
	@mkdir -p $(CTESTS_DIR)
	$(CC) -std=c11 -Wall -Wextra -Werror -I$(PY313_PREFIX)/include/python3.13 -c -o $@ $<

ctests: $(CTESTS_SUBPY) $(CTESTS_OBJ_SUBPY) $(ENGINE_LIB) $(CTESTS_DROPIN)
	$(CTESTS_ENV) $(CTESTS_SUBPY)
	$(CTESTS_ENV) $(CTESTS_OBJ_SUBPY)
	@set -e; for py in $(INTERPOSE_PYTHONS); do \
	  for mode in ctypes ctypes-global; do \
	    echo "interpose: $$py $$mode"; \
	    out=$$($$py ctests/interpose.py $(FRONT_LIB) $$mode 2>&1) || { echo "$$out"; exit 1; }; done; done; \
	  echo "interpose: /usr/bin/python3 cffi"; \
	  out=$$(/usr/bin/python3 ctests/interpose.py $(FRONT_LIB) cffi 2>&1) || { echo "$$out"; exit 1; }

ctests-oracle: $(CTESTS_CPYTHON) $(CTESTS_OBJ_CPYTHON)
	$(CTESTS_ENV) $(CTESTS_CPYTHON)
	$(CTESTS_ENV) $(CTESTS_OBJ_CPYTHON)

# Every object-layer case under valgrind (slow: not part of `make test`).
.PHONY: ctests-valgrind
ctests-valgrind: $(CTESTS_OBJ_SUBPY) $(ENGINE_LIB)
	$(CTESTS_ENV) ctests/valgrind_objects.sh $(CTESTS_OBJ_SUBPY) $(BUILD)/valgrind

# The engine exports only subpy_engine_* and references no Py* name; the
# front exports CPython's names (and subpy_front_* for tests) only.
check-engine-symbols: $(ENGINE_LIB) $(FRONT_LIB)
	@bad=$$(nm -D --defined-only $(ENGINE_LIB) | awk '{print $$3}' | grep -v '^subpy_engine_' || true); \
	  if [ -n "$$bad" ]; then echo "engine exports more than subpy_engine_*: $$bad"; exit 1; fi
	@bad=$$(nm -D $(ENGINE_LIB) | awk '{print $$NF}' | grep -E '^_?Py' || true); \
	  if [ -n "$$bad" ]; then echo "engine references Py* names: $$bad"; exit 1; fi
	@bad=$$(nm -D --defined-only $(FRONT_LIB) | awk '{print $$3}' | grep -vE '^(_?Py|subpy_front_)' || true); \
	  if [ -n "$$bad" ]; then echo "front exports non-API names: $$bad"; exit 1; fi
	@n=$$(nm -D --defined-only $(ENGINE_LIB) | wc -l); echo "engine exports $$n subpy_engine_* symbols, no Py* references; front exports API names only"

# --- bench/lifecycle: the demo and the create+end benchmark ----------------
LIFECYCLE_DIR        := $(BUILD)/lifecycle
LIFECYCLE_DEMO       := $(LIFECYCLE_DIR)/demo
LIFECYCLE_BENCH      := $(LIFECYCLE_DIR)/create_end
LIFECYCLE_BENCH_CPY  := $(LIFECYCLE_DIR)/create_end_cpython
LIFECYCLE_CFLAGS     := -std=c11 -O2 -Wall -Wextra -Werror -pthread
ALL_TARGETS += $(LIFECYCLE_DEMO) $(LIFECYCLE_BENCH) $(LIFECYCLE_BENCH_CPY)

$(LIFECYCLE_DIR)/%: bench/lifecycle/%.c $(FRONT_LIB) $(INCLUDE_STAMP)
	@mkdir -p $(LIFECYCLE_DIR)
	$(CC) $(LIFECYCLE_CFLAGS) -DSUBPY -I$(BUILD)/include -o $@ $< \
	  -L$(BUILD) -lsubpy -Wl,-rpath,$(BUILD)

$(LIFECYCLE_BENCH_CPY): bench/lifecycle/create_end.c
	@mkdir -p $(LIFECYCLE_DIR)
	$(CC) $(LIFECYCLE_CFLAGS) -I$(PY313_PREFIX)/include/python3.13 -o $@ $< \
	  -L$(PY313_PREFIX)/lib -lpython3.13 -Wl,-rpath,$(PY313_PREFIX)/lib

.PHONY: demo-lifecycle bench-lifecycle
# `make demo` is the Python showcase (mk/parallel.mk); this C host stays as `make demo-lifecycle`.
demo-lifecycle: $(LIFECYCLE_DEMO) $(ENGINE_LIB)
	$(LIFECYCLE_DEMO)

# Both runs in one go, then the ratios. Each interpreter is usable
# (sys, builtins, __main__) and runs one trivial exec. subpy keeps 5000
# interpreters alive for the memory figure: with fewer, the Go heap's slack
# left by the 2000 create+end cycles hides them from RSS.
BENCH_TARGETS += bench-lifecycle
bench-lifecycle: $(LIFECYCLE_BENCH) $(LIFECYCLE_BENCH_CPY) $(ENGINE_LIB)
	@echo "interpreter create+end latency and RSS per live idle interpreter (OWN_GIL)"
	@s=$$($(LIFECYCLE_BENCH) 2000 5000); c=$$($(LIFECYCLE_BENCH_CPY) 200 100); \
	  echo "  $$s"; echo "  $$c"; \
	  echo "$$s $$c" | awk '{ for (i = 1; i <= NF; i++) { split($$i, kv, "="); \
	      if (kv[1] == "median_us") lat[++nl] = kv[2]; \
	      if (kv[1] == "rss_per_interp_kib") mem[++nm] = kv[2]; \
	      if (kv[1] == "rss_below_resolution" && nm == 1) floor = 1 } } \
	    END { printf "  (each interpreter: sys, builtins, __main__ and one trivial exec)\n"; \
	      printf "  latency: subpy %.2f us vs CPython 3.13 %.0f us: %.0fx faster (target >= 100x)\n", lat[1], lat[2], lat[2] / lat[1]; \
	      printf "  memory:  subpy %.2f KiB vs CPython 3.13 %.0f KiB per interpreter: %s%.0fx less (target >= 20x)\n", mem[1], mem[2], floor ? ">= " : "", mem[2] / mem[1] }'

# statestruct's lock and registries, and core/xi's queues and channels, run under the race detector in `make test`.
RACE_PACKAGES += ./statestruct/... ./core/lifecycle/... ./core/modules/thread/... ./core/xi/... ./core/modules/interpreters/...
