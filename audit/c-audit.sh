#!/usr/bin/env bash
# c-audit.sh GLOBALSAUDIT
#
# The C half of the self-audit (`make audit`): runs `GLOBALSAUDIT check`
# with the allowlist audit/c-globals.tsv over
#   - include/          through audit/python_h.c (a unit that includes Python.h)
#                       and a generated unit for any header Python.h misses,
#   - capi/front/*.c    the C front library,
#   - capi/launcher/*.c the subpy launcher,
#   - ctests/*.c        the C API test host,
#   - the cgo preambles of capi/*.go, extracted by audit/cgo-preamble.sh into
#     $AUDIT_WORK/cgo/ (default build/audit/cgo) with #line directives, so
#     findings and allowlist rows name the .go file and its lines.
# It runs from the directory above its own (the project root), since
# allowlist rows match on paths relative to the current directory. Extra C
# preprocessor options for every unit can be given in AUDIT_CPPFLAGS.
# No -initializers list: with one, a variable these units never write counts
# as init-only, and the front's exported data (which hosts may write) would
# drop off the list that documents it. Load-time-only tables get a row that
# says so instead.
# It also keeps the allowlist honest: every row needs a reason, and a row
# that names no variable the audit finds any more (renamed, removed, moved)
# is stale and fails the run, so it cannot silently allow a future global.
# Exit status: 0 clean, 1 a mutable global no row allows or a bad or stale
# row, 2 a unit failed to preprocess or parse, a preamble could not be
# extracted, or usage errors.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 PATH/TO/globalsaudit" >&2
  exit 2
fi
tool=$1
case $tool in /*) ;; *) tool=$PWD/$tool ;; esac
if [ ! -x "$tool" ]; then
  echo "c-audit: $tool does not exist: build the C audit first (make build/globalsaudit)" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
allow=audit/c-globals.tsv
work=${AUDIT_WORK:-build/audit}
read -r -a extra <<<"${AUDIT_CPPFLAGS:-}"
status=0
note() { echo "c-audit: $*" >&2; }
worst() { if [ "$1" -gt "$status" ]; then status=$1; fi; }

rm -rf "$work/cgo"
mkdir -p "$work/cgo"
found=$work/variables.jsonl
: >"$found"

# audit OPTIONS... UNITS...: the verdict (check) and, for the stale-row
# check, every variable the units define (list -format json).
audit() {
  local rc=0
  "$tool" check -allow "$allow" "$@" || rc=$?
  worst "$rc"
  "$tool" list -format json "$@" >>"$found" 2>/dev/null || true
}

units=(audit/python_h.c)
# A header of include/ that Python.h does not pull in gets a unit of its own
# (after Python.h, as a user would include it), so no header goes unaudited.
mkdir -p "$work/headers"
rm -f "$work"/headers/*.c
reached=$(${CC:-gcc} -M -I include "${extra[@]}" audit/python_h.c 2>/dev/null | tr ' \\' '\n\n' | grep '^include/' | sort -u || true)
while IFS= read -r h; do
  if ! grep -qxF "$h" <<<"$reached"; then
    unit=$work/headers/$(echo "${h#include/}" | tr / _).c
    printf '#include "Python.h"\n#include "%s"\n' "${h#include/}" >"$unit"
    units+=("$unit")
    note "$h is not reached from Python.h: audited through a unit of its own"
  fi
done < <(find include -name '*.h' | sort)
for dir in capi/front capi/launcher ctests; do
  n=0
  for f in "$dir"/*.c; do
    if [ -e "$f" ]; then units+=("$f"); n=$((n + 1)); fi
  done
  if [ "$n" -eq 0 ]; then note "no C units in $dir/ yet"; fi
done
note "checking ${#units[@]} C units"
audit -I include "${extra[@]}" "${units[@]}"

# cgo applies the #cgo flags of every file of a package to all its
# preambles: collect them all, then audit the preambles together.
preambles=()
cflags=()
for gofile in capi/*.go; do
  [ -e "$gofile" ] || continue
  case $gofile in *_test.go) continue ;; esac
  out=$work/cgo/$(basename "$gofile").c
  rc=0
  flags=$(audit/cgo-preamble.sh "$gofile" "$out") || rc=$?
  case $rc in
    0) ;;
    3) continue ;; # no import "C" in this file
    *) note "$gofile: could not extract the cgo preamble"; worst 2; continue ;;
  esac
  while IFS= read -r f; do
    if [ -n "$f" ]; then cflags+=("$f"); fi
  done <<<"$flags"
  preambles+=("$out")
done
if [ "${#preambles[@]}" -gt 0 ]; then
  audit -I include "${extra[@]}" "${cflags[@]}" "${preambles[@]}"
fi
note "checked ${#preambles[@]} cgo preambles of capi/*.go"

# The allowlist itself: header, four fields, a reason, no duplicates, and no
# stale row: each row must name a mutable variable found above, by file,
# function ("-" at file scope) and name (a variable made const or
# thread-local needs no row any more). Stale rows are not judged when a unit
# could not be audited: its variables are missing from the list.
complete=1
if [ "$status" -ge 2 ]; then complete=0; fi
sed -E 's/.*"file":"([^"]*)".*"func":"([^"]*)","name":"([^"]*)".*"class":"([^"]*)".*/\1\t\2\t\3\t\4/; s/\t\t/\t-\t/' "$found" |
  awk -F'\t' -v list="$allow" -v complete="$complete" '
    FILENAME != list { if ($4 == "mutable") seen[$1 FS $2 FS $3] = 1; next }
    /^[ \t]*(#|$)/ { next }
    !header { header = 1
      if ($0 != "filename\tfuncname\tname\treason") { print list ":" FNR ": the first row must be the header filename<TAB>funcname<TAB>name<TAB>reason"; bad = 1 }
      next }
    NF != 4 || $4 ~ /^[ \t]*$/ { print list ":" FNR ": want filename<TAB>funcname<TAB>name<TAB>reason with a reason"; bad = 1; next }
    ($1 FS $2 FS $3) in rows { print list ":" FNR ": " $1 " " $2 " " $3 " is already listed on line " rows[$1 FS $2 FS $3]; bad = 1; next }
    { rows[$1 FS $2 FS $3] = FNR }
    complete && !(($1 FS $2 FS $3) in seen) { print list ":" FNR ": stale row: no mutable variable " $3 " (" ($2 == "-" ? "file scope" : "in " $2) ") in " $1 " any more: remove or update the row"; bad = 1 }
    END { exit bad }' - "$allow" >&2 || worst 1
if [ "$status" -eq 0 ]; then note "clean"; fi
exit "$status"
