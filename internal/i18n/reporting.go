package i18n

import "doku/internal/diag"

// ReportingTo returns a localizer that looks messages up as l does but
// reports problems to dc. doku serve renders each page with a collector of
// its own, so that the page's problems can be replaced when it is rendered
// again; the lookup itself is shared.
func (l *Localizer) ReportingTo(dc *diag.Collector) *Localizer {
	c := *l
	c.dc = dc
	return &c
}
