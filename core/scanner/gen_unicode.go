//go:build ignore

// gen_unicode writes unicode_tables.go and codec_tables.go from python3.13
// (whose unicodedata is Unicode 15.1, the version CPython 3.13 uses):
//
//   - the XID_Start and XID_Continue ranges identifiers are checked against;
//   - the printable ranges (str.isprintable) that choose between the two
//     invalid-character messages;
//   - NFKC data for identifiers: full compatibility decompositions,
//     canonical combining classes, and the primary composites;
//   - the decoding tables of Python's single-byte codecs, with their
//     aliases, for PEP 263 declarations, and (in cjk/, deflated, each a
//     grid of uint16 code points: 256 single bytes, then 256 trail bytes
//     per lead byte 0x80-0xFF, 0xFFFF for none) those of the two-byte CJK
//     codecs.
//
// Run it with `go generate ./core/scanner` (flag -python to choose the
// interpreter). It needs nothing but the standard library.
package main

import (
	"bufio"
	"bytes"
	"compress/flate"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

const script = `
import codecs, importlib, unicodedata, encodings.aliases
print("version", unicodedata.unidata_version)
def ranges(name, pred):
    out, start = [], None
    for cp in range(0x110000):
        ok = not (0xD800 <= cp <= 0xDFFF) and pred(cp)
        if ok and start is None:
            start = cp
        elif not ok and start is not None:
            out.append((start, cp - 1)); start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    print(name, len(out))
    for a, b in out:
        print(a, b)
ranges("xidstart", lambda cp: cp != 0x5F and chr(cp).isidentifier())
ranges("xidcontinue", lambda cp: ("a" + chr(cp)).isidentifier())
ranges("printable", lambda cp: chr(cp).isprintable())
ccc = []
start = None
for cp in range(0x110001):
    c = unicodedata.combining(chr(cp)) if cp < 0x110000 else 0
    if start is not None and c != start[1]:
        if start[1]:
            ccc.append((start[0], cp - 1, start[1]))
        start = None
    if start is None and c:
        start = (cp, c)
print("ccc", len(ccc))
for a, b, c in ccc:
    print(a, b, c)
dec = []
for cp in range(0x110000):
    if 0xD800 <= cp <= 0xDFFF or 0xAC00 <= cp <= 0xD7A3:
        continue
    s = chr(cp)
    d = unicodedata.normalize("NFKD", s)
    if d != s:
        dec.append((cp, d))
print("nfkd", len(dec))
for cp, d in dec:
    print(cp, " ".join(str(ord(c)) for c in d))
comp = []
for cp in range(0x110000):
    if 0xAC00 <= cp <= 0xD7A3:
        continue
    d = unicodedata.decomposition(chr(cp))
    if not d or d.startswith("<"):
        continue
    parts = [int(x, 16) for x in d.split()]
    if len(parts) == 2 and unicodedata.normalize("NFC", chr(parts[0]) + chr(parts[1])) == chr(cp):
        comp.append((parts[0], parts[1], cp))
print("compose", len(comp))
for a, b, c in comp:
    print(a, b, c)
names = []
cjk = []
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), "")
    if not n:
        continue
    if n.startswith("CJK UNIFIED IDEOGRAPH-"):
        if cjk and cjk[-1][1] == cp - 1:
            cjk[-1][1] = cp
        else:
            cjk.append([cp, cp])
        continue
    names.append((n, cp))
names.sort()
print("names", len(names))
for n, cp in names:
    print(cp, n.replace(" ", "_"))
print("cjk", len(cjk))
for a, b in cjk:
    print(a, b)
single = []
for name in sorted(set(encodings.aliases.aliases.values())):
    try:
        m = importlib.import_module("encodings." + name)
    except Exception:
        continue
    if hasattr(m, "decoding_table"):
        single.append((name, m.decoding_table))
print("codecs", len(single))
for name, table in single:
    print(name, " ".join(str(ord(c)) for c in table))
cjk_codecs = ["big5", "cp932", "cp949", "cp950", "euc_kr", "gb2312", "gbk", "shift_jis"]
print("cjkcodecs", len(cjk_codecs))
for name in cjk_codecs:
    grid = [0xFFFF] * (256 + 128 * 256)
    for b in range(0x80, 0x100):
        try:
            s = bytes([b]).decode(name)
            if len(s) == 1 and ord(s) < 0xFFFF:
                grid[b] = ord(s)
        except UnicodeDecodeError:
            pass
    for b in range(0x80, 0x100):
        if grid[b] != 0xFFFF:
            continue
        for t in range(0x100):
            try:
                s = bytes([b, t]).decode(name)
            except UnicodeDecodeError:
                continue
            if len(s) == 1 and ord(s) < 0xFFFF:
                grid[256 + (b - 0x80) * 256 + t] = ord(s)
    print(name, " ".join(map(str, grid)))
al = [(k, v) for k, v in sorted(encodings.aliases.aliases.items())]
print("aliases", len(al))
for k, v in al:
    print(k, v)
`

func main() {
	python := flag.String("python", os.ExpandEnv("$HOME/.pyenv/versions/3.13.0/bin/python3.13"), "the CPython 3.13 interpreter")
	flag.Parse()
	cmd := exec.Command(*python, "-c", script)
	cmd.Stderr = os.Stderr
	data, err := cmd.Output()
	if err != nil {
		log.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	next := func() []string {
		if !sc.Scan() {
			log.Fatal("short output")
		}
		return strings.Fields(sc.Text())
	}
	atoi := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			log.Fatal(err)
		}
		return n
	}
	section := func(name string) int {
		h := next()
		if h[0] != name {
			log.Fatalf("expected %s, got %s", name, h[0])
		}
		return atoi(h[1])
	}

	var b bytes.Buffer
	b.WriteString("// Code generated by gen_unicode.go from python3.13's unicodedata; DO NOT EDIT.\n\npackage scanner\n\n")
	v := next()
	fmt.Fprintf(&b, "// unicodeVersion is the Unicode version of these tables.\nconst unicodeVersion = %q\n\n", v[1])
	for _, name := range []string{"xidstart", "xidcontinue", "printable"} {
		n := section(name)
		fmt.Fprintf(&b, "// %sRanges holds inclusive code point ranges as pairs.\nvar %sRanges = []uint32{\n", name, name)
		for i := 0; i < n; i++ {
			r := next()
			fmt.Fprintf(&b, "0x%04X, 0x%04X,\n", atoi(r[0]), atoi(r[1]))
		}
		b.WriteString("}\n\n")
	}
	n := section("ccc")
	b.WriteString("// cccRanges holds (first, last, canonical combining class) triples for\n// the code points with a non-zero class.\nvar cccRanges = []uint32{\n")
	for i := 0; i < n; i++ {
		r := next()
		fmt.Fprintf(&b, "0x%04X, 0x%04X, %s,\n", atoi(r[0]), atoi(r[1]), r[2])
	}
	b.WriteString("}\n\n")
	n = section("nfkd")
	var keys, offs bytes.Buffer
	var runes []rune
	for i := 0; i < n; i++ {
		r := next()
		fmt.Fprintf(&keys, "0x%04X,\n", atoi(r[0]))
		fmt.Fprintf(&offs, "%d,\n", len(runes))
		for _, f := range r[1:] {
			runes = append(runes, rune(atoi(f)))
		}
	}
	fmt.Fprintf(&offs, "%d,\n", len(runes))
	b.WriteString("// nfkdKeys lists the code points (Hangul syllables excepted) whose full\n// compatibility decomposition differs from themselves; decomposition i is\n// nfkdData[nfkdOffsets[i]:nfkdOffsets[i+1]].\nvar nfkdKeys = [...]uint32{\n")
	b.Write(keys.Bytes())
	b.WriteString("}\n\nvar nfkdOffsets = [...]uint16{\n")
	b.Write(offs.Bytes())
	b.WriteString("}\n\nvar nfkdData = []rune{\n")
	for i, r := range runes {
		fmt.Fprintf(&b, "0x%04X,", r)
		if i%8 == 7 {
			b.WriteString("\n")
		}
	}
	b.WriteString("}\n\n")
	n = section("compose")
	b.WriteString("// compositions maps a canonical pair (first<<21 | second) to its primary\n// composite (Hangul syllables excepted).\nvar compositions = map[uint64]rune{\n")
	for i := 0; i < n; i++ {
		r := next()
		fmt.Fprintf(&b, "0x%04X<<21 | 0x%04X: 0x%04X,\n", atoi(r[0]), atoi(r[1]), atoi(r[2]))
	}
	b.WriteString("}\n")
	write("unicode_tables.go", b.Bytes())

	b.Reset()
	b.WriteString("// Code generated by gen_unicode.go from python3.13's codecs; DO NOT EDIT.\n\npackage scanner\n\n")
	n = section("names")
	var nb bytes.Buffer
	nb.WriteString("// Code generated by gen_unicode.go from python3.13's unicodedata; DO NOT EDIT.\n\npackage scanner\n\n")
	var namesData strings.Builder
	var nameOffs, nameCodes bytes.Buffer
	for i := 0; i < n; i++ {
		r := next()
		fmt.Fprintf(&nameOffs, "%d,", namesData.Len())
		fmt.Fprintf(&nameCodes, "0x%04X,", atoi(r[0]))
		if i%8 == 7 {
			nameOffs.WriteString("\n")
			nameCodes.WriteString("\n")
		}
		namesData.WriteString(strings.ReplaceAll(r[1], "_", " "))
	}
	fmt.Fprintf(&nameOffs, "%d,", namesData.Len())
	nb.WriteString("// charNames holds the Unicode character names (CJK unified ideographs\n// excepted: their names are computed), sorted; name i is\n// charNames[nameOffsets[i]:nameOffsets[i+1]] and names nameCodes[i].\n")
	fmt.Fprintf(&nb, "const charNames = %q\n\n", namesData.String())
	nb.WriteString("var nameOffsets = [...]uint32{\n")
	nb.Write(nameOffs.Bytes())
	nb.WriteString("}\n\nvar nameCodes = [...]uint32{\n")
	nb.Write(nameCodes.Bytes())
	nb.WriteString("}\n\n")
	n = section("cjk")
	nb.WriteString("// cjkRanges holds the CJK unified ideograph ranges (inclusive pairs).\nvar cjkRanges = []uint32{\n")
	for i := 0; i < n; i++ {
		r := next()
		fmt.Fprintf(&nb, "0x%04X, 0x%04X,\n", atoi(r[0]), atoi(r[1]))
	}
	nb.WriteString("}\n")
	write("names_tables.go", nb.Bytes())

	n = section("codecs")
	b.WriteString("// charmaps holds the decoding tables of Python's single-byte codecs\n// (0xFFFE marks an undefined byte).\nvar charmaps = map[string]*[256]uint16{\n")
	for i := 0; i < n; i++ {
		r := next()
		if len(r) != 257 {
			log.Fatalf("codec %s: %d entries", r[0], len(r)-1)
		}
		fmt.Fprintf(&b, "%q: {", r[0])
		for j, f := range r[1:] {
			if j%16 == 0 {
				b.WriteString("\n")
			}
			fmt.Fprintf(&b, "0x%04X,", atoi(f))
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n\n")
	n = section("cjkcodecs")
	for i := 0; i < n; i++ {
		r := next()
		var raw bytes.Buffer
		for _, f := range r[1:] {
			v := atoi(f)
			raw.WriteByte(byte(v))
			raw.WriteByte(byte(v >> 8))
		}
		var z bytes.Buffer
		w, err := flate.NewWriter(&z, flate.BestCompression)
		if err != nil {
			log.Fatal(err)
		}
		w.Write(raw.Bytes())
		w.Close()
		if err := os.WriteFile("cjk/"+r[0]+".z", z.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote cjk/%s.z (%d bytes)", r[0], z.Len())
	}
	n = section("aliases")
	b.WriteString("// codecAliases is Python's encodings.aliases.aliases.\nvar codecAliases = map[string]string{\n")
	for i := 0; i < n; i++ {
		r := next()
		fmt.Fprintf(&b, "%q: %q,\n", r[0], r[1])
	}
	b.WriteString("}\n")
	write("codec_tables.go", b.Bytes())
}

func write(name string, src []byte) {
	out, err := format.Source(src)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(name, out, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s (%d bytes)", name, len(out))
}
