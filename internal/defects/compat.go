package defects

import (
	"slices"
	"strings"
)

// detectCompatNoData finds pages that name a browser-compat key (in their
// front matter, or their English page's) whose compat or specifications
// section shows no data: a Compat or Specifications call that failed
// (detail "compat", "specifications"), or the "no specification" notice
// (detail "spec-none") when the page has no spec-urls and the data names
// specifications for one of its keys. Without the source nothing is
// counted: whether the page names a key is unknown.
func detectCompatNoData(c *pageContext) []Finding {
	s := c.source
	if s == nil || len(s.browserCompat) == 0 {
		return nil
	}
	var fs []Finding
	seen := map[string]bool{}
	for _, f := range c.page.flaws {
		name := flawMacro(f.text)
		if (name == "compat" || name == "specifications") && !seen[name] {
			seen[name] = true
			fs = append(fs, Finding{Kind: KindCompatNoData, Detail: name})
		}
	}
	if c.page.specNone && len(s.specURLs) == 0 && c.specs != nil && slices.ContainsFunc(s.browserCompat, func(k string) bool {
		return c.specs(strings.TrimSpace(k))
	}) {
		fs = append(fs, Finding{Kind: KindCompatNoData, Detail: "spec-none"})
	}
	return fs
}
