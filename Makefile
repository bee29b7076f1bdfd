# subpy — the README's two commands live here: `make demo` and `make test`.
#
# Each component adds its own rules in mk/<component>.mk and registers them
# by appending to the lists below; this file only ties them together.
#   ALL_TARGETS      files `make` (all) builds into build/
#   TEST_TARGETS     phony targets `make test` runs (each must fail loudly)
#   BENCH_TARGETS    phony targets `make bench` runs
#   DEMO_TARGETS     phony targets `make demo` runs
#   INSTALL_TARGETS  phony targets `make install PREFIX=...` runs
#   RACE_PACKAGES    Go packages `make test` also runs under -race

SHELL       := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all

ROOT    := $(CURDIR)
BUILD   := $(ROOT)/build
PREFIX  ?= /usr/local
GO      ?= go
CC      ?= gcc
# The subpy release: `subpy -VV`, Py_GetVersion() and sys.version carry it.
SUBPY_VERSION := 0.1.0
export PATH := /usr/local/go/bin:$(PATH)

# The oracle and the comparison runtimes (pyenv installs them with shared libraries).
PYENV_ROOT  ?= $(HOME)/.pyenv
PY313_PREFIX := $(PYENV_ROOT)/versions/3.13.0
PY311_PREFIX := $(PYENV_ROOT)/versions/3.11.7
PY313 := $(PY313_PREFIX)/bin/python3.13
PY311 := $(PY311_PREFIX)/bin/python3.11
# Debian's interpreter, for pytest and cffi from apt.
SYSPY := /usr/bin/python3

ALL_TARGETS     :=
TEST_TARGETS    :=
BENCH_TARGETS   :=
DEMO_TARGETS    :=
INSTALL_TARGETS :=
RACE_PACKAGES   :=

include $(sort $(wildcard mk/*.mk))

.PHONY: all test bench demo install clean deps
all: $(ALL_TARGETS)

test: all deps
	@failed=""; \
	for t in $(TEST_TARGETS); do \
	  echo "=== $$t"; \
	  if ! $(MAKE) --no-print-directory $$t; then failed="$$failed $$t"; fi; \
	done; \
	if [ -n "$$failed" ]; then echo "FAILED:$$failed"; exit 1; fi; \
	echo "make test: all passed"

bench: all deps $(BENCH_TARGETS)

demo: all $(DEMO_TARGETS)

install: all $(INSTALL_TARGETS)

clean:
	rm -rf $(BUILD)

# Debian packages the tests need; installed once, as root, on a fresh machine.
DEBIAN_PACKAGES := python3-pytest python3-cffi python3-dev pkg-config
deps: $(BUILD)/.deps-stamp
$(BUILD)/.deps-stamp:
	@mkdir -p $(BUILD)
	@if ! $(SYSPY) -c 'import pytest, cffi' 2>/dev/null || ! command -v pkg-config >/dev/null || ! test -f /usr/include/python3.11/Python.h; then \
	  echo "installing $(DEBIAN_PACKAGES) with apt-get"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEBIAN_PACKAGES); \
	fi
	@test -x $(PY313) || { echo "missing the CPython 3.13 oracle at $(PY313) (pyenv install 3.13.0)"; exit 1; }
	@touch $@
