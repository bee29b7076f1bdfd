# The host side: the `subpy` launcher, subpy-config, the pkg-config files,
# `make install`, and the tests that drive libsubpy.so from outside (the
# launcher and config against CPython's, the README example, an installed
# copy, ctypes and cffi hosts in python_tests/).
#
# Uses FRONT_LIB, ENGINE_LIB and INCLUDE_STAMP from mk/engine.mk.

LAUNCHER_DIR := capi/launcher
SUBPY_BIN    := $(BUILD)/subpy
SUBPY_CONFIG := $(BUILD)/subpy-config
PKGCONFIG_DIR := $(BUILD)/pkgconfig
HOST_CFLAGS  := -std=c11 -O2 -Wall -Wextra -Werror
# Installed layout: headers in their own directory so that <Python.h> never
# shadows a system CPython's.
INSTALL_INCLUDEDIR := $(PREFIX)/include/subpy
INSTALL_LIBDIR     := $(PREFIX)/lib
INSTALL_BINDIR     := $(PREFIX)/bin

HOST_OUTPUTS := $(SUBPY_BIN) $(SUBPY_CONFIG) $(PKGCONFIG_DIR)/subpy.pc $(PKGCONFIG_DIR)/subpy-embed.pc
ALL_TARGETS += $(HOST_OUTPUTS)
# What the host tests and the install need, whatever the include order.
HOST_PREREQS := $(HOST_OUTPUTS) $(FRONT_LIB) $(ENGINE_LIB) $(INCLUDE_STAMP)

# $ORIGIN: build/subpy finds build/libsubpy.so, an installed bin/subpy finds
# ../lib/libsubpy.so, wherever the tree is.
$(SUBPY_BIN): $(LAUNCHER_DIR)/subpy.c $(FRONT_LIB) $(INCLUDE_STAMP)
	$(CC) $(HOST_CFLAGS) -I$(BUILD)/include -o $@ $< -L$(BUILD) -lsubpy \
	  -Wl,-rpath,'$$ORIGIN:$$ORIGIN/../lib'

# fill_template TEMPLATE, OUTPUT, PREFIX, INCLUDEDIR, LIBDIR
define fill_template
	@mkdir -p $(dir $(2))
	sed -e 's|@PREFIX@|$(3)|g' -e 's|@INCLUDEDIR@|$(4)|g' -e 's|@LIBDIR@|$(5)|g' \
	  -e 's|@VERSION@|$(SUBPY_VERSION)|g' $(1) > $(2).tmp
	mv $(2).tmp $(2)
endef

# The in-tree copies point at build/ itself.
$(SUBPY_CONFIG): $(LAUNCHER_DIR)/subpy-config.in
	$(call fill_template,$<,$@,$(BUILD),$(BUILD)/include,$(BUILD))
	chmod 755 $@

$(PKGCONFIG_DIR)/%.pc: $(LAUNCHER_DIR)/%.pc.in
	$(call fill_template,$<,$@,$(BUILD),$(BUILD)/include,$(BUILD))

# make install PREFIX=... [DESTDIR=...]: the libraries side by side (the
# front loads the engine from its own directory), the headers, the launcher,
# subpy-config and the pkg-config files with PREFIX paths.
.PHONY: install-host
INSTALL_TARGETS += install-host
install-host: $(HOST_PREREQS)
	install -d $(DESTDIR)$(INSTALL_LIBDIR)/pkgconfig $(DESTDIR)$(INSTALL_BINDIR) $(DESTDIR)$(INSTALL_INCLUDEDIR)
	install -m 755 $(FRONT_LIB) $(ENGINE_LIB) $(DESTDIR)$(INSTALL_LIBDIR)/
	cd $(BUILD)/include && find . -name '*.h' | while read -r header; do \
	  install -D -m 644 "$$header" "$(DESTDIR)$(INSTALL_INCLUDEDIR)/$$header"; done
	install -m 755 $(SUBPY_BIN) $(DESTDIR)$(INSTALL_BINDIR)/subpy
	$(call fill_template,$(LAUNCHER_DIR)/subpy-config.in,$(DESTDIR)$(INSTALL_BINDIR)/subpy-config,$(PREFIX),$(INSTALL_INCLUDEDIR),$(INSTALL_LIBDIR))
	chmod 755 $(DESTDIR)$(INSTALL_BINDIR)/subpy-config
	$(call fill_template,$(LAUNCHER_DIR)/subpy.pc.in,$(DESTDIR)$(INSTALL_LIBDIR)/pkgconfig/subpy.pc,$(PREFIX),$(INSTALL_INCLUDEDIR),$(INSTALL_LIBDIR))
	$(call fill_template,$(LAUNCHER_DIR)/subpy-embed.pc.in,$(DESTDIR)$(INSTALL_LIBDIR)/pkgconfig/subpy-embed.pc,$(PREFIX),$(INSTALL_INCLUDEDIR),$(INSTALL_LIBDIR))

# --- tests -------------------------------------------------------------------
# Each runs in a few seconds; python_tests/README.md says what each covers.
HOST_TEST_ENV := PYTHONDONTWRITEBYTECODE=1 SUBPY_BUILD=$(BUILD) SUBPY_ROOT=$(ROOT) PY313=$(PY313) PY311=$(PY311) CC=$(CC)

.PHONY: test-host test-host-install test-python-ctypes test-python-cffi
TEST_TARGETS += test-host test-host-install test-python-ctypes test-python-cffi

# The launcher, subpy-config and the pkg-config files against CPython 3.13's,
# and the README's embedding example built with build/subpy-config.
test-host: $(HOST_PREREQS)
	cd python_tests && $(HOST_TEST_ENV) $(PY313) -m unittest -v test_launcher test_config test_readme

# `make install-host` (our part of `make install`) into a temporary PREFIX;
# a C host built with the installed subpy-config must run on the installed
# libraries only.
test-host-install: $(HOST_PREREQS)
	@prefix=$$(mktemp -d /tmp/subpy-install.XXXXXX); \
	trap 'rm -rf "$$prefix"' EXIT; \
	$(MAKE) --no-print-directory install-host PREFIX=$$prefix >/dev/null; \
	cd python_tests && $(HOST_TEST_ENV) SUBPY_PREFIX=$$prefix $(PY313) -m unittest -v test_install

# libsubpy.so loaded into running CPythons with ctypes (default mode and
# RTLD_GLOBAL): pyenv's 3.11 and 3.13 have no pytest, so plain unittest.
test-python-ctypes: $(HOST_PREREQS)
	@failed=""; for python in $(PY313) $(PY311); do \
	  echo "--- $$python"; \
	  (cd python_tests && $(HOST_TEST_ENV) $$python -m unittest -v test_ctypes_lifecycle) \
	    || failed="$$failed $$python"; \
	done; \
	echo "--- $(PY313) (object layer)"; \
	(cd python_tests && $(HOST_TEST_ENV) $(PY313) -m unittest -v test_ctypes_objects) \
	  || failed="$$failed $(PY313)(objects)"; \
	if [ -n "$$failed" ]; then echo "test-python-ctypes failed under:$$failed"; exit 1; fi

# Debian's python3 with apt's pytest and cffi: cffi and ctypes. The Go runtime
# owns the fatal signals once loaded, hence no faulthandler.
test-python-cffi: $(HOST_PREREQS) deps
	cd python_tests && $(HOST_TEST_ENV) $(SYSPY) -m pytest -p no:faulthandler -p no:cacheprovider -q \
	  test_cffi_lifecycle.py test_ctypes_lifecycle.py
