#!/usr/bin/env bash
# The globals-audit bench (issue 4, item 7): units/s, lines/s, CPU per unit,
# -j scaling, peak memory and parse success rate over a large C corpus:
#   pyext   the extension modules of globalsaudit/testdata/pyext (each
#           includes Debian python3-dev's Python.h), replicated to 48 units;
#   gosrc   every .c file under the Go distribution's src/ (135 units, some
#           for other systems: those fail to preprocess and count as such);
#   fixture globalsaudit/testdata/oracle.
# usage: run.sh GLOBALSAUDIT OUTDIR        (make bench-globalsaudit)
set -euo pipefail
ga=$(realpath "$1")
out=$(mkdir -p "$2" && realpath "$2")
root=$(cd "$(dirname "$0")/../.." && pwd)
pyinc=/usr/include/python3.11
goroot=$(go env GOROOT 2>/dev/null || echo /usr/local/go)
copies=${GLOBALSAUDIT_BENCH_COPIES:-8}

test -f "$pyinc/Python.h" || { echo "missing $pyinc/Python.h: make deps installs python3-dev" >&2; exit 1; }

rm -rf "$out/pyext" && mkdir -p "$out/pyext"
for i in $(seq 1 "$copies"); do
  for f in "$root"/globalsaudit/testdata/pyext/*.c; do
    cp "$f" "$out/pyext/c${i}_$(basename "$f")"
  done
done
mapfile -t pyext < <(ls "$out"/pyext/*.c)
mapfile -t gosrc < <(find "$goroot/src" -name '*.c' | sort)
mapfile -t fixtures < <(ls "$root"/globalsaudit/testdata/oracle/*.c)

results="$out/results.txt"
: > "$results"
# measure NAME JOBS ARGS... : one run, its -stats line kept in OUTDIR/NAME.json
measure() {
  local name=$1 jobs=$2; shift 2
  local code=0
  (cd "$root" && "$ga" list -stats -format json -j "$jobs" "$@" > "$out/$name.jsonl" 2> "$out/$name.stderr") || code=$?
  tail -n 1 "$out/$name.stderr" > "$out/$name.json"
  python3 - "$name" "$out/$name.json" "$code" <<'PY' | tee -a "$results"
import json, sys
name, path, code = sys.argv[1], sys.argv[2], sys.argv[3]
s = json.load(open(path))
ok = s["units"] - s["failed"]
print(f"{name:<18} j={s['jobs']} units={s['units']:<4} parsed={ok}/{s['units']} ({100*ok/max(s['units'],1):.1f}%; "
      f"failed: {s['failed_preprocess']} in gcc -E, {s['failed_parse']} in cc/v4) "
      f"vars={s['vars']:<5} lines={s['lines']:<8} wall={s['wall_s']:.2f}s units/s={s['units_per_s']:.1f} "
      f"lines/s={s['lines_per_s']:.0f} cpu/unit={s['cpu_per_unit_s']:.3f}s (gcc -E {s['children_cpu_s']/max(s['units'],1):.3f}s) "
      f"maxrss={s['maxrss_mb']:.0f}MB exit={code}")
PY
}

echo "globalsaudit bench on $(nproc) CPUs, $(date -u +%FT%TZ)" | tee -a "$results"
measure pyext-j1      1 -I "$pyinc" "${pyext[@]}"
measure pyext-j2      2 -I "$pyinc" "${pyext[@]}"
measure pyext-cc-j1   1 -cpp cc -I "$pyinc" "${pyext[@]:0:12}"
measure gosrc-j2      2 "${gosrc[@]}"
measure fixtures-j2   2 "${fixtures[@]}"
measure all-j1        1 -I "$pyinc" "${pyext[@]}" "${gosrc[@]}" "${fixtures[@]}"
measure all-j2        2 -I "$pyinc" "${pyext[@]}" "${gosrc[@]}" "${fixtures[@]}"
python3 - "$out" <<'PY' | tee -a "$results"
import json, sys
out = sys.argv[1]
j1, j2 = (json.load(open(f"{out}/pyext-j{j}.json")) for j in (1, 2))
print(f"scaling pyext -j1 -> -j2: {j1['wall_s'] / j2['wall_s']:.2f}x wall; "
      f"peak RSS per worker at -j2: {j2['maxrss_mb'] / 2:.0f} MB")
PY
# The honest denominator: of the units the audit could not read, which ones
# does the compiler itself accept? (The others miss generated headers, are
# for other systems, or need flags their build would give.)
mapfile -t failed < <(grep -h "error: translation unit not audited" "$out/gosrc-j2.stderr" | sed 's/: error: .*//' || true)
gccok=()
for f in "${failed[@]}"; do
  if "${CC:-gcc}" -fsyntax-only -w "$f" 2>/dev/null; then gccok+=("$f"); fi
done
n=${#gosrc[@]}
echo "gosrc: gcc -fsyntax-only accepts $((n - ${#failed[@]} + ${#gccok[@]}))/$n units; the audit parses $((n - ${#failed[@]})) of them;" \
     "units gcc accepts but the audit fails: ${#gccok[@]} ${gccok[*]:-}" | tee -a "$results"
# The nm oracle over the unannotated Go-distribution corpus: every data
# symbol gcc emits must be reported, sections must agree with the classes.
python3 "$root/bench/globalsaudit/nmcheck.py" "$ga" "${gosrc[@]}" > "$out/nmcheck-gosrc.txt" || true
head -n 1 "$out/nmcheck-gosrc.txt" | tee -a "$results"
echo "units of the gosrc run that failed:" >> "$results"
printf '%s\n' "${failed[@]}" >> "$results"
