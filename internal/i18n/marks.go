package i18n

// FallbackOpen and FallbackClose enclose a string that fell back to English
// when a localizer marks fallbacks (doku serve -translator). They are
// private-use characters, so they pass through every HTML escaper unchanged
// and never occur in real text; the server turns them into highlighting
// where markup may go and drops them elsewhere.
const (
	FallbackOpen  = "\uE000"
	FallbackClose = "\uE001"
)

// MarkingFallbacks returns a localizer that looks messages up as l does but
// encloses every string that fell back to English in FallbackOpen and
// FallbackClose.
func (l *Localizer) MarkingFallbacks() *Localizer {
	c := *l
	c.mark = true
	return &c
}
