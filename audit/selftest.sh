#!/usr/bin/env bash
# selftest.sh GOAUDIT GLOBALSAUDIT
#
# Shows that adding a global fails each half of `make audit`. In a scratch
# copy of the audited C sources (include/, capi/, ctests/, audit/), with the
# project's own allowlist, it checks that the copy is as clean as the tree
# and then, one case at a time, that a new mutable global
#   - in a new front unit, in an existing front unit,
#   - as a local static of a static inline function in a header,
#   - in a new header that Python.h does not include,
#   - in the cgo preamble of capi/*.go
# makes audit/c-audit.sh exit 1 naming it at its position; so does a stale
# allowlist row. For Go, a scratch
# module github.com/subpy/subpy checked with audit/go-globals.tsv must be
# clean with a read-only package-level table and fail (exit 1, naming the
# variable) once a function writes a package-level variable.
# Runs from the project root (the directory above its own). Exit status 0
# when every case behaves, 1 otherwise.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 PATH/TO/goaudit PATH/TO/globalsaudit" >&2
  exit 2
fi
abs() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
goaudit=$(abs "$1")
ctool=$(abs "$2")
cd "$(dirname "$0")/.."
root=$PWD

tmp=$(mktemp -d "${TMPDIR:-/tmp}/subpy-audit-selftest.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0
pass() { echo "selftest: ok: $*"; }
fail() { echo "selftest: FAIL: $*" >&2; failures=$((failures + 1)); }

# expect STATUS PATTERN LABEL CMD...: runs CMD, wants exit STATUS and, when
# PATTERN is not empty, a line of its output matching the extended regexp.
expect() {
  local want=$1 pattern=$2 label=$3 got=0
  shift 3
  "$@" >"$tmp/out" 2>&1 || got=$?
  if [ "$got" -ne "$want" ]; then
    fail "$label: exit status $got, want $want; output:"
    sed 's/^/    /' "$tmp/out" >&2
    return
  fi
  if [ -n "$pattern" ] && ! grep -Eq -- "$pattern" "$tmp/out"; then
    fail "$label: no line matches /$pattern/; output:"
    sed 's/^/    /' "$tmp/out" >&2
    return
  fi
  pass "$label"
}

# --- C ----------------------------------------------------------------------
ctree=$tmp/c
fresh_copy() {
  rm -rf "$ctree"
  mkdir -p "$ctree"
  local d
  for d in include capi ctests audit; do
    if [ -d "$d" ]; then
      mkdir -p "$ctree/$d"
      # the sources only: no build products, no Go test data
      (cd "$d" && find . \( -name '*.c' -o -name '*.h' -o -name '*.go' -o -name '*.tsv' -o -name '*.sh' \) \
        ! -path '*/testdata/*' -print0 | tar --null -T - -cf -) | tar -xf - -C "$ctree/$d"
    fi
  done
}
c_audit() { AUDIT_WORK="$tmp/work" "$ctree/audit/c-audit.sh" "$ctool"; }

fresh_copy
expect 0 "" "C: the copied tree is as clean as the project" c_audit

fresh_copy
printf '#include "Python.h"\n\nint subpy_selftest_calls;\n' >"$ctree/capi/front/zz_selftest.c"
expect 1 "^capi/front/zz_selftest\.c:3:5: .*subpy_selftest_calls" \
  "C: a new front unit with a mutable global fails" c_audit

front_unit=$(ls capi/front/*.c 2>/dev/null | head -n 1 || true)
if [ -n "$front_unit" ]; then
  fresh_copy
  line=$(($(wc -l <"$front_unit") + 2))
  printf '\nstatic int subpy_selftest_hits;\n' >>"$ctree/$front_unit"
  expect 1 "^${front_unit//./\\.}:$line:12: .*subpy_selftest_hits" \
    "C: a static added to $front_unit fails" c_audit
else
  fail "C: no capi/front/*.c to add a global to"
fi

fresh_copy
line=$(($(wc -l <include/Python.h) + 2))
printf '\nstatic inline int subpy_selftest_bump(void) { static int n; return ++n; }\n' >>"$ctree/include/Python.h"
expect 1 "^include/Python\.h:$line:[0-9]+: .*'n'" \
  "C: a local static in a static inline function of a header fails" c_audit

fresh_copy
printf '#ifndef SELFTEST_H\n#define SELFTEST_H\nstatic int subpy_selftest_header;\n#endif\n' >"$ctree/include/zz_selftest.h"
expect 1 "^include/zz_selftest\.h:3:12: .*subpy_selftest_header" \
  "C: a global in a header Python.h does not include fails" c_audit

cgo_file=$(grep -l '^import "C"' capi/*.go 2>/dev/null | head -n 1 || true)
if [ -n "$cgo_file" ]; then
  fresh_copy
  # insert a global as the preamble's last line, right before its end
  cline=$(grep -n '^import "C"' "$cgo_file" | head -n 1 | cut -d: -f1)
  end=$((cline - 1))
  if sed -n "${end}p" "$cgo_file" | grep -q '\*/'; then
    sed -i "${end}i static int subpy_selftest_preamble;" "$ctree/$cgo_file"
  else
    sed -i "${cline}i // static int subpy_selftest_preamble;" "$ctree/$cgo_file"
    end=$cline
  fi
  expect 1 "^${cgo_file//./\\.}:$end:[0-9]+: .*subpy_selftest_preamble" \
    "C: a global added to the cgo preamble of $cgo_file fails" c_audit
else
  fail "C: no capi/*.go with import \"C\" to add a global to"
fi

fresh_copy
printf 'capi/front/config.c\t-\tsubpy_selftest_gone\ta variable that does not exist\n' >>"$ctree/audit/c-globals.tsv"
expect 1 "^audit/c-globals\.tsv:[0-9]+: stale row: no mutable variable subpy_selftest_gone" \
  "C: an allowlist row naming no variable fails" c_audit

# --- Go ---------------------------------------------------------------------
gomod=$tmp/go
mkdir -p "$gomod/table" "$gomod/audit"
cp audit/go-globals.tsv "$gomod/audit/"
printf 'module github.com/subpy/subpy\n\ngo 1.26\n' >"$gomod/go.mod"
cat >"$gomod/table/table.go" <<'EOF'
// Package table has a read-only lookup table.
package table

var names = map[string]int{"a": 1}

// Lookup reads it.
func Lookup(s string) int { return names[s] }
EOF
go_audit() { (cd "$gomod" && GOWORK=off GOFLAGS= "$goaudit" -allow audit/go-globals.tsv ./...); }
expect 0 "" "Go: a package with a read-only table passes" go_audit

cat >>"$gomod/table/table.go" <<'EOF'

var lookups int

// Count writes a package-level variable.
func Count(s string) int {
	lookups++
	return Lookup(s)
}
EOF
expect 1 "^table/table\.go:13:2: package-level variable table\.lookups is incremented after initialization" \
  "Go: a package-level variable written by a function fails" go_audit

if [ "$failures" -ne 0 ]; then
  echo "selftest: $failures case(s) failed" >&2
  exit 1
fi
echo "selftest: all cases passed"
