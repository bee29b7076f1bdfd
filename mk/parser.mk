# The parser's share of the front end (issue 3): core/ast, core/parser and
# the build/subpy-ast command. Their Go unit tests run in `make test` through
# mk/go.mk; this fragment only builds the command.
ALL_TARGETS += $(BUILD)/subpy-ast

.PHONY: subpy-ast
subpy-ast: $(BUILD)/subpy-ast

$(BUILD)/subpy-ast: $(shell find core/token core/scanner core/ast core/parser cmd/subpy-ast -name '*.go' ! -name '*_test.go' 2>/dev/null) go.mod
	@mkdir -p $(BUILD)
	$(GO) build -o $@ ./cmd/subpy-ast
