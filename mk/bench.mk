# Allocation and time per operation on the engine's hot paths (issue 5,
# "record allocations per operation"): core/vm/ops_bench_test.go runs one
# Python operation b.N times in a Python loop and reports ns/op, B/op and
# allocs/op (docs/engine-design.md §8, "Measurements (session 3)").
#
#   make bench-allocs                        the table
#   make bench-allocs BENCH_ALLOCS_FLAGS='-count 3'

BENCH_ALLOCS_FLAGS ?= -benchtime 1000000x

.PHONY: bench-allocs
BENCH_TARGETS += bench-allocs

bench-allocs:
	nice $(GO) test ./core/vm -run '^$$' -bench '^BenchmarkOp' -benchmem $(BENCH_ALLOCS_FLAGS)
