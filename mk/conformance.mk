# Front-end conformance against CPython 3.13 (issue 3, items 5-7): conformance/.
#
#   make conformance-ast            every stdlib file: subpy-ast -a (then -a -t) vs CPython's ast.dump
#   make conformance-syntaxerrors   the SyntaxError corpus: X/Y match exactly, all mismatches
#   make conformance-strings        every distinct string constant of Lib/test as a source file
#                                   (modes exec, eval, single)
#   make test                       samples of files and strings and the SyntaxError corpus,
#                                   each against a known-failures list (data that may only shrink)
#   make bench                      bench-parse: core/parser vs CPython's parser on the stdlib
#
# SUBPY_AST=conformance/astdump.py runs the harness against CPython's own
# dumper (which must then find no differences).

SUBPY_AST   ?= $(BUILD)/subpy-ast
CONFORMANCE := conformance
AST_COMPARE := nice $(PY313) $(CONFORMANCE)/ast_compare.py --subpy $(SUBPY_AST)
RUN_SYNTAXERRORS := nice $(PY313) $(CONFORMANCE)/syntaxerrors/run_cases.py --subpy $(SUBPY_AST)

.PHONY: conformance-ast conformance-syntaxerrors conformance-strings test-conformance-ast-sample \
        test-conformance-syntaxerrors test-conformance-strings-sample test-conformance-harness bench-parse
TEST_TARGETS  += test-conformance-harness test-conformance-ast-sample test-conformance-syntaxerrors \
                 test-conformance-strings-sample
BENCH_TARGETS += bench-parse

# Both passes run; the target fails if either finds a difference.
conformance-ast: $(SUBPY_AST)
	status=0; \
	$(AST_COMPARE) --all --flags=-a || status=1; \
	$(AST_COMPARE) --all --flags='-a -t' || status=1; \
	exit $$status

conformance-syntaxerrors: $(SUBPY_AST)
	$(RUN_SYNTAXERRORS) --show 1000 --end-positions --go $(GO)

conformance-strings: $(SUBPY_AST)
	nice $(PY313) $(CONFORMANCE)/string_corpus.py --subpy $(SUBPY_AST) --modes exec,eval,single

# The harnesses themselves: silent on CPython's own dumper, loud on a wrong one.
test-conformance-harness:
	PY313=$(PY313) nice bash $(CONFORMANCE)/harness_selftest.sh

test-conformance-ast-sample: $(SUBPY_AST)
	$(AST_COMPARE) --files $(CONFORMANCE)/ast_sample.txt --flags=-a \
	  --known-differences $(CONFORMANCE)/ast_sample_known_differences.txt

# The committed table must be exactly what the extractor gets from this python3.13.
test-conformance-syntaxerrors: $(SUBPY_AST)
	@mkdir -p $(BUILD)/conformance
	nice $(PY313) $(CONFORMANCE)/syntaxerrors/extract_cases.py > $(BUILD)/conformance/cases.jsonl
	cmp $(BUILD)/conformance/cases.jsonl $(CONFORMANCE)/syntaxerrors/cases.jsonl \
	  || { echo "cases.jsonl is stale: regenerate it with extract_cases.py"; exit 1; }
	$(RUN_SYNTAXERRORS) --known-failures $(CONFORMANCE)/syntaxerrors/known_failures.txt

test-conformance-strings-sample: $(SUBPY_AST)
	nice $(PY313) $(CONFORMANCE)/string_corpus.py --subpy $(SUBPY_AST) --every 10 \
	  --known-failures $(CONFORMANCE)/strings_known_failures.txt

bench-parse:
	nice $(PY313) $(CONFORMANCE)/parse_bench.py --reps 3 --go $(GO)
