package time

// strftime and asctime on the fields of a struct_time, as C's strftime
// formats a struct tm in the C locale: no normalization (a leap second
// stays 60), CPython's range checks first.

import (
	"strconv"
	"strings"
	gotime "time"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

// tm is a struct tm: year, mon (1-12), mday, hour, min, sec, wday
// (Monday 0, as Python's), yday (1-366), isdst, and the zone when known.
type tm struct {
	year, mon, mday, hour, min, sec, wday, yday, isdst int
	zone                                               string
	gmtoff                                             int
	hasZone                                            bool
}

func fromTime(t gotime.Time) tm {
	zone, off := t.Zone()
	if t.Location() == gotime.UTC {
		zone = "GMT"
	}
	dst := 0
	if t.IsDST() {
		dst = 1
	}
	return tm{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), (int(t.Weekday()) + 6) % 7,
		t.YearDay(), dst, zone, off, true}
}

// tupleFields reads a struct_time or 9-tuple, with CPython's checks
// (checktm and the adjustments of gettmarg) when check is set.
func tupleFields(t *vm.Thread, v object.Value, check bool) (tm, bool) {
	tu, ok := object.AsTuple(v)
	if !ok {
		t.RaiseMsg(object.TypeErrorType, "Tuple or struct_time argument required")
		return tm{}, false
	}
	if len(tu.Items) != 9 {
		t.RaiseMsg(object.TypeErrorType, "function takes exactly 9 arguments ("+strconv.Itoa(len(tu.Items))+" given)")
		return tm{}, false
	}
	var f [9]int
	for i, it := range tu.Items {
		if !object.IsInt(it) {
			t.Raisef(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", object.TypeOf(it).Name)
			return tm{}, false
		}
		n, ok := object.AsInt64(it)
		if !ok || n > 1<<31-1 || n < -1<<31 {
			t.RaiseMsg(object.OverflowErrorType, "Python int too large to convert to C int")
			return tm{}, false
		}
		f[i] = int(n)
	}
	r := tm{year: f[0], mon: f[1], mday: f[2], hour: f[3], min: f[4], sec: f[5], wday: f[6], yday: f[7], isdst: f[8]}
	if object.TypeOf(v) == structTimeType {
		if z, ok := object.AsStr(object.GetAttr(&t.Thread, v, strZone)); ok {
			r.zone, r.hasZone = z.String(), true
		}
		if off, ok := object.AsInt64(object.GetAttr(&t.Thread, v, strGmtoff)); ok {
			r.gmtoff = int(off)
		}
		t.Clear()
	}
	if !check {
		return r, true
	}
	if r.mon == 0 {
		r.mon = 1
	}
	if r.mday == 0 {
		r.mday = 1
	}
	if r.yday == 0 {
		r.yday = 1
	}
	fail := func(msg string) (tm, bool) {
		t.RaiseMsg(object.ValueErrorType, msg)
		return tm{}, false
	}
	switch {
	case r.mon < 1 || r.mon > 12:
		return fail("month out of range")
	case r.mday < 1 || r.mday > 31:
		return fail("day of month out of range")
	case r.hour < 0 || r.hour > 23:
		return fail("hour out of range")
	case r.min < 0 || r.min > 59:
		return fail("minute out of range")
	case r.sec < 0 || r.sec > 61:
		return fail("seconds out of range")
	case r.wday < 0:
		return fail("day of week out of range")
	case r.yday < 1 || r.yday > 366:
		return fail("day of year out of range")
	case r.isdst < -1 || r.isdst > 1:
		return fail("daylight savings flag out of range")
	}
	r.wday %= 7
	return r, true
}

var (
	strZone      = object.NewStr("tm_zone")
	strGmtoff    = object.NewStr("tm_gmtoff")
	weekdayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthTitles  = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December"}
)

func pad(b *strings.Builder, n, width int, fill byte) {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b.WriteByte(fill)
	}
	b.WriteString(s)
}

// formatTm formats r with C's strftime directives in the C locale.
func formatTm(format string, r tm) string {
	var b strings.Builder
	sunday := (r.wday + 1) % 7 // C's tm_wday
	yday0 := r.yday - 1
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'a':
			b.WriteString(weekdayNames[r.wday][:3])
		case 'A':
			b.WriteString(weekdayNames[r.wday])
		case 'b', 'h':
			b.WriteString(monthTitles[r.mon-1][:3])
		case 'B':
			b.WriteString(monthTitles[r.mon-1])
		case 'c':
			b.WriteString(formatTm("%a %b %e %H:%M:%S %Y", r))
		case 'C':
			pad(&b, r.year/100, 2, '0')
		case 'd':
			pad(&b, r.mday, 2, '0')
		case 'e':
			pad(&b, r.mday, 2, ' ')
		case 'D', 'x':
			b.WriteString(formatTm("%m/%d/%y", r))
		case 'F':
			b.WriteString(formatTm("%Y-%m-%d", r))
		case 'g', 'G', 'V':
			y, w := gotime.Date(r.year, gotime.Month(r.mon), r.mday, 12, 0, 0, 0, gotime.UTC).ISOWeek()
			switch format[i] {
			case 'g':
				pad(&b, ((y%100)+100)%100, 2, '0')
			case 'G':
				b.WriteString(strconv.Itoa(y))
			default:
				pad(&b, w, 2, '0')
			}
		case 'H':
			pad(&b, r.hour, 2, '0')
		case 'I':
			h := r.hour % 12
			if h == 0 {
				h = 12
			}
			pad(&b, h, 2, '0')
		case 'j':
			pad(&b, r.yday, 3, '0')
		case 'k':
			pad(&b, r.hour, 2, ' ')
		case 'l':
			h := r.hour % 12
			if h == 0 {
				h = 12
			}
			pad(&b, h, 2, ' ')
		case 'm':
			pad(&b, r.mon, 2, '0')
		case 'M':
			pad(&b, r.min, 2, '0')
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if r.hour < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'r':
			b.WriteString(formatTm("%I:%M:%S %p", r))
		case 'R':
			b.WriteString(formatTm("%H:%M", r))
		case 'S':
			pad(&b, r.sec, 2, '0')
		case 't':
			b.WriteByte('\t')
		case 'T', 'X':
			b.WriteString(formatTm("%H:%M:%S", r))
		case 'u':
			b.WriteString(strconv.Itoa(r.wday + 1))
		case 'U':
			pad(&b, (yday0+7-sunday)/7, 2, '0')
		case 'w':
			b.WriteString(strconv.Itoa(sunday))
		case 'W':
			pad(&b, (yday0+7-r.wday)/7, 2, '0')
		case 'y':
			pad(&b, ((r.year%100)+100)%100, 2, '0')
		case 'Y':
			b.WriteString(strconv.Itoa(r.year))
		case 'z':
			off := r.gmtoff
			if !r.hasZone {
				_, off = gotime.Now().Zone()
			}
			sign := byte('+')
			if off < 0 {
				sign, off = '-', -off
			}
			b.WriteByte(sign)
			pad(&b, off/3600, 2, '0')
			pad(&b, off%3600/60, 2, '0')
		case 'Z':
			if r.hasZone {
				b.WriteString(r.zone)
			} else {
				jan, _ := gotime.Date(r.year, 1, 1, 0, 0, 0, 0, gotime.Local).Zone()
				jul, _ := gotime.Date(r.year, 7, 1, 0, 0, 0, 0, gotime.Local).Zone()
				if r.isdst > 0 {
					b.WriteString(jul)
				} else {
					b.WriteString(jan)
				}
			}
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}
