# The C globals audit (issue 4, items 1-4, 7, 8): build/globalsaudit.
# Its Go tests - the nm oracle over globalsaudit/testdata/{oracle,pyext}
# included - run in `make test` through mk/go.mk (`go test ./...`); the
# Go-side audit (globalsaudit/goaudit) and the project self-audit
# (mk/audit.mk) are built elsewhere. `make bench` runs bench-globalsaudit.
GLOBALSAUDIT := $(BUILD)/globalsaudit
ALL_TARGETS += $(GLOBALSAUDIT)
BENCH_TARGETS += bench-globalsaudit
# Run audits units on parallel workers: `make test` runs its tests under -race
# too (about 30 s).
RACE_PACKAGES += ./globalsaudit/

GLOBALSAUDIT_SRCS := $(shell find globalsaudit -path globalsaudit/goaudit -prune -o -path globalsaudit/cmd/goaudit -prune -o -name '*.go' ! -name '*_test.go' -print 2>/dev/null)

.PHONY: globalsaudit bench-globalsaudit
globalsaudit: $(GLOBALSAUDIT)

$(GLOBALSAUDIT): $(GLOBALSAUDIT_SRCS) go.mod go.sum
	@mkdir -p $(BUILD)
	$(GO) build -o $@ ./globalsaudit/cmd/globalsaudit

# Throughput, CPU per unit, scaling with -j and peak memory over a large C
# corpus (Python.h extension units, the Go distribution's C files, the
# fixtures); results in build/bench-globalsaudit/.
bench-globalsaudit: $(GLOBALSAUDIT) deps
	nice bench/globalsaudit/run.sh $(GLOBALSAUDIT) $(BUILD)/bench-globalsaudit
