#!/usr/bin/env bash
# cgo-preamble.sh GOFILE OUT.c
#
# Writes the cgo preamble of GOFILE (the comment right before `import "C"`)
# as a C file that the C globals audit can read, and prints on stdout the
# preprocessor options its `#cgo CFLAGS:`/`#cgo CPPFLAGS:` lines give (-I,
# -D, -U; ${SRCDIR} expanded), one per line. OUT.c first declares what cgo
# itself puts before every preamble (<stddef.h>, the Go string types; no
# variables), then a #line directive and the preamble with every line and
# column kept (comment markers become blanks, #cgo lines blank lines), so
# every position the audit reports, and every allowlist row, names GOFILE
# with its own line and column numbers.
# Exit status 3 when GOFILE has no `import "C"`, 2 when the comment before
# it is missing or unterminated.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 GOFILE OUT.c" >&2
  exit 2
fi
gofile=$1
out=$2
srcdir=$(cd "$(dirname "$gofile")" && pwd)

awk -v gofile="$gofile" -v out="$out" -v srcdir="$srcdir" '
{ line[NR] = $0 }
/^import[ \t]+"C"[ \t]*(\/\/.*)?$/ && !cline { cline = NR }
function emit_flags(text,    n, w, i, opt) {
  # text holds the words after "#cgo [conditions] CFLAGS:"
  gsub(/\$\{SRCDIR\}/, srcdir, text)
  n = split(text, w, /[ \t]+/)
  for (i = 1; i <= n; i++) {
    if (w[i] ~ /^-[IDU]$/ && i < n) { print w[i] w[i+1]; i++ }
    else if (w[i] ~ /^-[IDU]./) print w[i]
  }
}
# cgo compiles every preamble after a prolog of its own that includes
# <stddef.h> and declares the types of Go strings; preambles may rely on it.
function prolog() {
  print "/* as cgo does before a preamble */" > out
  print "#include <stddef.h>" > out
  print "typedef ptrdiff_t intgo;" > out
  print "typedef struct { const char *p; intgo n; } _GoString_;" > out
  print "typedef struct { char *p; intgo n; intgo c; } _GoBytes_;" > out
}
function body(text) {
  if (text ~ /^[ \t]*#cgo[ \t]/) {
    if (match(text, /(CFLAGS|CPPFLAGS):/)) emit_flags(substr(text, RSTART + RLENGTH))
    return ""
  }
  return text
}
END {
  if (!cline) exit 3
  e = cline - 1
  if (e >= 1 && line[e] ~ /\*\/[ \t]*$/) {
    for (s = e; s >= 1 && index(line[s], "/*") == 0; s--) ;
    if (s < 1) { print gofile ": unterminated cgo preamble comment" > "/dev/stderr"; exit 2 }
    prolog()
    printf "#line %d \"%s\"\n", s, gofile > out
    for (i = s; i <= e; i++) {
      t = line[i]
      # blank out the comment markers, so columns stay those of GOFILE
      if (i == e) { p = match(t, /\*\/[ \t]*$/); t = substr(t, 1, p - 1) }
      if (i == s) { p = index(t, "/*"); t = substr(t, 1, p - 1) "  " substr(t, p + 2) }
      print body(t) > out
    }
  } else if (e >= 1 && line[e] ~ /^[ \t]*\/\//) {
    for (s = e; s > 1 && line[s-1] ~ /^[ \t]*\/\//; s--) ;
    prolog()
    printf "#line %d \"%s\"\n", s, gofile > out
    for (i = s; i <= e; i++) {
      t = line[i]
      p = index(t, "//"); t = substr(t, 1, p - 1) "  " substr(t, p + 2)
      print body(t) > out
    }
  } else {
    print gofile ":" cline ": import \"C\" without a preamble comment right before it" > "/dev/stderr"
    exit 2
  }
}' "$gofile"
