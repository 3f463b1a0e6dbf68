package i18n

import (
	"github.com/doku-docs/doku/internal/locale"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Decimal formats x with at most maxFrac fraction digits in the locale's
// own way: 1234.5 is "1,234.5" in en-US and "1.234,5" in de.
func (l *Localizer) Decimal(x float64, maxFrac int) string {
	return l.printer().Sprint(number.Decimal(x, number.MaxFractionDigits(maxFrac)))
}

// FileSize says how big a file of n bytes is, for a download link:
// "850 kB", "1.2 MB" ("1,2 MB" in German). Units are decimal (1 kB =
// 1000 bytes), as file managers and browsers show them; their names come
// from the catalog (Size.KB, Size.MB).
func (l *Localizer) FileSize(n int64) string {
	if n < 999_500 { // would round to "1,000 kB"
		return l.T("Size.KB", "Size", l.Decimal(max(1, float64(n)/1000), 0))
	}
	return l.T("Size.MB", "Size", l.Decimal(float64(n)/1_000_000, 1))
}

// Number formats a count for the localizer's locale ("15.000" in German).
func (l *Localizer) Number(n int) string { return l.Decimal(float64(n), 0) }

// Percent formats a share from 0 to 1 as a percentage with at most one
// decimal ("87,5 %" in German, "87.5%" in English).
func (l *Localizer) Percent(share float64) string {
	return l.printer().Sprint(number.Percent(share, number.MaxFractionDigits(1)))
}

// printer formats numbers in the localizer's locale.
func (l *Localizer) printer() *message.Printer {
	tag, err := language.Parse(l.locale)
	if err != nil {
		tag = language.MustParse(locale.Source)
	}
	return message.NewPrinter(tag)
}
