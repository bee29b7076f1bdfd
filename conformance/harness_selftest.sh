#!/usr/bin/env bash
# Checks the conformance harnesses themselves: with CPython's own dumper in
# subpy-ast's place they must find nothing, and with a deliberately wrong one
# (testdata/shifted_astdump.py) they must fail and count every input.
set -euo pipefail
cd "$(dirname "$0")"
py=${PY313:?set PY313 to the python3.13 oracle}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s\n' test/test_grammar.py test/tokenizedata/bad_coding.py json/__init__.py > "$tmp/files.txt"

expect() {  # expect STATUS PATTERN COMMAND...: the exit status and a line of the output
    local want_status=$1 pattern=$2 status=0
    shift 2
    "$@" > "$tmp/out" 2>&1 || status=$?
    if [ "$status" != "$want_status" ] || ! grep -q -- "$pattern" "$tmp/out"; then
        echo "harness self-test failed: $* exited $status (want $want_status) without /$pattern/:"
        head -c 3000 "$tmp/out"
        exit 1
    fi
}

compare=("$py" ast_compare.py --cache-dir "$tmp/cache")
expect 0 '^3 identical, 0 different' "${compare[@]}" --files "$tmp/files.txt" --subpy astdump.py
expect 1 '^0 identical, 3 different' "${compare[@]}" --files "$tmp/files.txt" --subpy testdata/shifted_astdump.py
# Listed as known, the same differences pass, and an identical listed file is reported.
printf '%s\n' 'test/test_grammar.py  # x' 'test/tokenizedata/bad_coding.py  # x' 'json/__init__.py  # x' > "$tmp/known.txt"
expect 0 'known differences: 3 listed, 3 still differ' "${compare[@]}" --files "$tmp/files.txt" \
    --subpy testdata/shifted_astdump.py --known-differences "$tmp/known.txt"
expect 0 'note: json/__init__.py is identical now' "${compare[@]}" --files "$tmp/files.txt" \
    --subpy astdump.py --known-differences "$tmp/known.txt"
# The SyntaxError driver: every case right, then every case wrong.
expect 0 '^\([0-9]*\)/\1 match exactly' "$py" syntaxerrors/run_cases.py --subpy astdump.py
expect 1 '^0/[0-9]* match exactly' "$py" syntaxerrors/run_cases.py --subpy testdata/shifted_astdump.py
expect 1 '^0/[0-9]* compiler-level cases' "$py" syntaxerrors/run_cases.py --subpy testdata/shifted_astdump.py
echo "harness self-test passed (7 checks)"
