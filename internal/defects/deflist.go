package defects

// detectDeflist finds MDN's definition lists left as bullet lists: list
// items whose text starts with ": " (the "  - : definition" line) outside
// code. MDN renders them as <dl>.
func detectDeflist(c *pageContext) []Finding {
	if c.page.deflistItems == 0 {
		return nil
	}
	return []Finding{{Kind: KindDeflist}}
}
