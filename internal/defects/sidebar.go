package defects

import "strings"

// detectSidebarMissing finds pages whose source asks for a sidebar (front
// matter sidebar:, inherited by a translation from its English page, or a
// sidebar macro in the body) but whose output has no nav.sidebar, the
// default theme's sidebar. The detail is the sidebar asked for.
func detectSidebarMissing(c *pageContext) []Finding {
	s := c.source
	if s == nil || c.page.hasSidebar {
		return nil
	}
	switch {
	case s.sidebar != "":
		return []Finding{{Kind: KindSidebarMissing, Detail: strings.ToLower(s.sidebar)}}
	case s.sidebarMacro != "":
		return []Finding{{Kind: KindSidebarMissing, Detail: "{{" + s.sidebarMacro + "}}"}}
	}
	return nil
}
