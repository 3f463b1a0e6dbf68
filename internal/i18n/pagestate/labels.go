package pagestate

import (
	"github.com/doku-docs/doku/internal/i18n"
)

// DateFormat is how dates of English changes are shown: ISO 8601, which
// readers of every locale can read without guessing the order.
const DateFormat = "2006-01-02"

// CountsText is one summary line ("7 of 8 translated (87.5%), 1 out of
// date, 1 missing") in the localizer's language and number format.
func CountsText(l *i18n.Localizer, c Counts) string {
	return l.T("Status.Counts", "Translated", l.Number(c.Translated), "Total", l.Number(c.Total),
		"Share", l.Percent(c.Share()), "Stale", l.Number(c.Stale), "Missing", l.Number(c.Missing))
}

// PageStateText says where a page's translation stands.
func PageStateText(l *i18n.Localizer, p Page) string {
	switch p.State {
	case i18n.Stale:
		return l.N("Status.Page.stale", p.Behind.Commits, "Date", p.Behind.Changed.Format(DateFormat))
	case i18n.Unknown:
		return NoHistoryText(l, p.Behind.Reason)
	}
	return l.T("Status.Page." + string(p.State))
}

// MessageStateText names a message's state.
func MessageStateText(l *i18n.Localizer, s i18n.State) string {
	return l.T("Status.Message." + string(s))
}

// NoHistoryText says why page staleness is unknown.
func NoHistoryText(l *i18n.Localizer, reason string) string {
	return l.T("Status.Page.unknown." + reason)
}
