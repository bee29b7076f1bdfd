# The project's globals self-audit (issue 4, items 5 and 6).
#
#   build/goaudit   the Go audit (globalsaudit/cmd/goaudit): standalone, or
#                   go vet -vettool=$(pwd)/build/goaudit -allow=audit/go-globals.tsv ./...
#   make audit      runs both audits over the project and fails on a new
#                   global: the C one (build/globalsaudit, from
#                   mk/globalsaudit.mk) over include/, capi/front/,
#                   capi/launcher/, ctests/ and the cgo preambles of capi/
#                   with audit/c-globals.tsv; the Go one over ./... with
#                   audit/go-globals.tsv; then audit/selftest.sh shows that
#                   a new global fails each of them.
# globalsaudit/GOAUDIT.md and the comments in audit/ say more.

GOAUDIT      := $(BUILD)/goaudit
AUDIT_CTOOL  := $(BUILD)/globalsaudit
ALL_TARGETS  += $(GOAUDIT)

GOAUDIT_SRCS := $(shell find globalsaudit/goaudit globalsaudit/cmd/goaudit -name '*.go' \
                  ! -name '*_test.go' ! -path '*/testdata/*')

$(GOAUDIT): $(GOAUDIT_SRCS) go.mod go.sum
	@mkdir -p $(BUILD)
	$(GO) build -o $@ ./globalsaudit/cmd/goaudit

# The C audit's own fragment builds $(AUDIT_CTOOL); without it the C half
# cannot run, and `make audit` says so instead of passing.
ifeq ($(wildcard mk/globalsaudit.mk),)
$(AUDIT_CTOOL):
	@echo "make audit: nothing builds $@ yet (mk/globalsaudit.mk, the C audit's fragment, is missing): the C half of the self-audit cannot run" >&2
	@exit 1
endif

# The preprocessor options every audited C unit gets on top of -I include:
# those the front library is compiled with (mk/engine.mk).
AUDIT_CPPFLAGS := -D_GNU_SOURCE -DSUBPY_VERSION=$(SUBPY_VERSION)

.PHONY: audit audit-c audit-go audit-selftest
TEST_TARGETS += audit

# Each part runs even when another fails, so one run shows every finding.
audit:
	@failed=""; \
	for t in audit-c audit-go audit-selftest; do \
	  if ! $(MAKE) --no-print-directory $$t; then failed="$$failed $$t"; fi; \
	done; \
	if [ -n "$$failed" ]; then echo "make audit: FAILED:$$failed" >&2; exit 1; fi; \
	echo "make audit: the C and Go globals audits passed"

audit-c: $(AUDIT_CTOOL)
	AUDIT_WORK=$(BUILD)/audit AUDIT_CPPFLAGS="$(AUDIT_CPPFLAGS)" audit/c-audit.sh $(AUDIT_CTOOL)

audit-go: $(GOAUDIT)
	$(GOAUDIT) -allow audit/go-globals.tsv ./...

audit-selftest: $(GOAUDIT) $(AUDIT_CTOOL)
	AUDIT_CPPFLAGS="$(AUDIT_CPPFLAGS)" audit/selftest.sh $(GOAUDIT) $(AUDIT_CTOOL)
