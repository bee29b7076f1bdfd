# Go-wide checks: vet, unit tests of every package, -race on the concurrent ones.
.PHONY: test-go
TEST_TARGETS += test-go
test-go:
	$(GO) vet ./...
	$(GO) test ./...
	$(if $(strip $(RACE_PACKAGES)),$(GO) test -race $(RACE_PACKAGES))
