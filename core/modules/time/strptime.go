package time

// time.strptime for the C locale: the directives of CPython's _strptime
// that do not depend on the locale (%Y %y %m %d %j %H %I %M %S %p %a %A %b
// %B %f %z %%), whitespace in the format matching any run of whitespace,
// CPython's two error messages. Missing fields take _strptime's defaults
// (1900-01-01 00:00:00); the weekday and day of the year come from the
// date unless %a/%A or %j were given; tm_isdst is -1.

import (
	"strings"
	gotime "time"
	"unicode"

	"github.com/subpy/subpy/core/object"
	"github.com/subpy/subpy/core/vm"
)

var (
	dayNames   = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"}
)

// matchName matches a full or three-letter name (case-insensitive) at the
// start of s; it returns the index and the length matched.
func matchName(s string, names []string) (int, int) {
	low := strings.ToLower(s)
	for i, n := range names {
		if strings.HasPrefix(low, n) {
			return i, len(n)
		}
	}
	for i, n := range names {
		if strings.HasPrefix(low, n[:3]) {
			return i, 3
		}
	}
	return -1, 0
}

// digits reads 1 to max ASCII digits at the start of s.
func digits(s string, max int) (int, int) {
	n, i := 0, 0
	for i < len(s) && i < max && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	return n, i
}

func strptime(t *vm.Thread, data, format string) object.Value {
	year, month, day, hour, minute, sec := 1900, 1, 1, 0, 0, 0
	wday, yday := -1, -1
	hour12, pm := -1, -1
	var gmtoff object.Value = object.None
	mismatch := func() object.Value {
		return t.Raisef(object.ValueErrorType, "time data %s does not match format %s", object.StrRepr(data), object.StrRepr(format))
	}
	s := data
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == ' ' || c == '\t' || c == '\n' {
			s = strings.TrimLeftFunc(s, unicode.IsSpace)
			continue
		}
		if c != '%' {
			if len(s) == 0 || s[0] != c {
				return mismatch()
			}
			s = s[1:]
			continue
		}
		i++
		if i == len(format) {
			return t.RaiseMsg(object.ValueErrorType, "stray % in format '"+format+"'")
		}
		d := format[i]
		// num reads the longest run of min..max digits whose value lies in
		// [lo, hi], as _strptime's alternations of fixed-width patterns.
		numMin := func(min, max, lo, hi int, dst *int) bool {
			_, avail := digits(s, max)
			for k := avail; k >= min && k > 0; k-- {
				n, _ := digits(s[:k], k)
				if n >= lo && n <= hi {
					*dst = n
					s = s[k:]
					return true
				}
			}
			return false
		}
		num := func(max, lo, hi int, dst *int) bool { return numMin(1, max, lo, hi, dst) }
		ok := true
		switch d {
		case 'Y':
			ok = numMin(4, 4, 0, 9999, &year)
		case 'y':
			var y int
			if ok = numMin(2, 2, 0, 99, &y); ok {
				if y < 69 {
					year = 2000 + y
				} else {
					year = 1900 + y
				}
			}
		case 'm':
			ok = num(2, 1, 12, &month)
		case 'd':
			ok = num(2, 1, 31, &day)
		case 'j':
			ok = num(3, 1, 366, &yday)
		case 'H':
			ok = num(2, 0, 23, &hour)
		case 'I':
			ok = num(2, 1, 12, &hour12)
		case 'M':
			ok = num(2, 0, 59, &minute)
		case 'S':
			ok = num(2, 0, 61, &sec)
		case 'f':
			var f int
			ok = num(6, 0, 999999, &f)
		case 'p':
			low := strings.ToLower(s)
			switch {
			case strings.HasPrefix(low, "am"):
				pm = 0
			case strings.HasPrefix(low, "pm"):
				pm = 1
			default:
				ok = false
			}
			if ok {
				s = s[2:]
			}
		case 'a', 'A':
			var k int
			if wday, k = matchName(s, dayNames); wday < 0 {
				ok = false
			} else {
				s = s[k:]
			}
		case 'b', 'B', 'h':
			m, k := matchName(s, monthNames)
			if m < 0 {
				ok = false
			} else {
				month = m + 1
				s = s[k:]
			}
		case 'z':
			if strings.HasPrefix(s, "Z") {
				gmtoff = object.Int(0)
				s = s[1:]
				break
			}
			if len(s) < 5 || (s[0] != '+' && s[0] != '-') {
				ok = false
				break
			}
			h, k1 := digits(s[1:], 2)
			rest := s[1+k1:]
			if strings.HasPrefix(rest, ":") {
				rest = rest[1:]
			}
			m, k2 := digits(rest, 2)
			if k1 != 2 || k2 != 2 {
				ok = false
				break
			}
			off := int64(h*3600 + m*60)
			if s[0] == '-' {
				off = -off
			}
			gmtoff = object.Int(off)
			s = rest[2:]
		case '%':
			if !strings.HasPrefix(s, "%") {
				ok = false
			} else {
				s = s[1:]
			}
		default:
			return t.Raisef(object.ValueErrorType, "'%c' is a bad directive in format '%s'", d, format)
		}
		if !ok {
			return mismatch()
		}
	}
	if s != "" {
		return t.RaiseMsg(object.ValueErrorType, "unconverted data remains: "+s)
	}
	if hour12 >= 0 {
		hour = hour12 % 12
		if pm == 1 {
			hour += 12
		}
	}
	if yday >= 0 && month == 1 && day == 1 {
		tm := gotime.Date(year, 1, 1, 0, 0, 0, 0, gotime.UTC).AddDate(0, 0, yday-1)
		month, day = int(tm.Month()), tm.Day()
	}
	tm := gotime.Date(year, gotime.Month(month), day, 0, 0, 0, 0, gotime.UTC)
	if tm.Day() != day {
		return t.RaiseMsg(object.ValueErrorType, "day is out of range for month")
	}
	if yday < 0 {
		yday = tm.YearDay()
	}
	if wday < 0 {
		wday = (int(tm.Weekday()) + 6) % 7
	}
	items := []object.Value{object.Int(int64(year)), object.Int(int64(month)), object.Int(int64(day)),
		object.Int(int64(hour)), object.Int(int64(minute)), object.Int(int64(sec)), object.Int(int64(wday)),
		object.Int(int64(yday)), object.Int(-1)}
	return object.NewStructSeq(structTimeType, items, []object.Value{object.None, gmtoff})
}
