package defects

import "strings"

// detectTitleBackticks finds a title whose inline Markdown was left as
// text: a pair of backticks in <title> or in the page's h1 outside code.
// One backtick alone may be the title's own character, so it is not
// counted.
func detectTitleBackticks(c *pageContext) []Finding {
	var fs []Finding
	if strings.Count(c.page.title, "`") >= 2 {
		fs = append(fs, Finding{Kind: KindTitleBackticks, Detail: "title"})
	}
	if strings.Count(c.page.h1, "`") >= 2 {
		fs = append(fs, Finding{Kind: KindTitleBackticks, Detail: "h1"})
	}
	return fs
}
