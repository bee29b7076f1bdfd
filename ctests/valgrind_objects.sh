#!/bin/sh
# Runs every object-layer case (ctests/objects_cases.c) under valgrind and
# fails on a memory error in C code or a definite leak: Go's stack copying,
# async preemption, write barriers and vectorized string scans (reads past
# a C string's end in 32-byte chunks) are known valgrind noise.
# The misuse_* cases are skipped (they end in a deliberate fatal error).
#
#   ctests/valgrind_objects.sh BUILD/ctests/objects_cases [LOGDIR]
bin=$1
logs=${2:-$(mktemp -d /tmp/subpy-valgrind.XXXXXX)}
mkdir -p "$logs"
bad=0
for c in $("$bin" --list); do
  case $c in misuse_*) continue ;; esac
  log="$logs/$c.txt"
  valgrind --error-exitcode=1 --leak-check=full --show-leak-kinds=definite \
    --errors-for-leak-kinds=definite --num-callers=12 "$bin" --run "$c" >"$log" 2>&1
  # A memory error counts when its first frame is C source (a .c file:
  # the front, the test host) outside cgo's glue; Go frames (.go, .s, or
  # unsymbolized stack and heap code: "???") are the runtime's. Every
  # definite leak counts.
  n=$(awk '/^==[0-9]+== (Invalid|Conditional|Use of|Syscall|Mismatched|Source and)/ {
             getline
             if ($0 ~ /\.c:[0-9]+\)/ && $0 !~ /cgo-gcc-prolog|_cgo_/) print
           }
           /^==[0-9]+== [0-9,]+ bytes in [0-9,]+ blocks are definitely lost/ { print }' "$log" | wc -l)
  echo "$c: $n errors outside the Go runtime"
  [ "$n" = 0 ] || bad=1
done
echo "logs in $logs"
exit $bad
