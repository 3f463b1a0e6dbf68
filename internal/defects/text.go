package defects

import (
	"strings"
)

// detectMacroText finds "{{name...}}" shown as text outside code and
// flaw boxes: a call doku neither expanded nor marked. A call the source
// escapes ("\{{name") is meant to be shown and is not counted; without
// the source every such text counts. The detail is the macro's name.
func detectMacroText(c *pageContext) []Finding {
	var fs []Finding
	seen := map[string]bool{}
	for _, t := range c.page.prose {
		for i := 0; ; {
			j := strings.Index(t[i:], "{{")
			if j < 0 {
				break
			}
			rest := t[i+j+2:]
			i += j + 2
			if !strings.Contains(rest, "}}") {
				continue
			}
			name := callName(rest)
			if name == "" || seen[name] || c.source != nil && c.source.escaped[name] {
				continue
			}
			seen[name] = true
			fs = append(fs, Finding{Kind: KindMacroText, Detail: name})
		}
	}
	return fs
}

// calloutMarkers are the GFM alert markers MDN turns into callouts.
var calloutMarkers = []string{"[!NOTE]", "[!WARNING]", "[!CALLOUT]"}

// calloutLabels open MDN's older callouts: a block quote whose first
// words are bold "Note:" (and the German labels translated-content uses).
var calloutLabels = []string{"note:", "warning:", "callout:", "hinweis:", "warnung:"}

// detectCalloutText finds callout markers shown as text outside code, and
// block quotes opening with a bold callout label that stayed block quotes.
func detectCalloutText(c *pageContext) []Finding {
	var fs []Finding
	for _, t := range c.page.prose {
		if strings.Contains(t, "[!") && containsAnyFold(t, calloutMarkers) {
			fs = append(fs, Finding{Kind: KindCalloutText, Detail: "marker"})
			break
		}
	}
	for _, lead := range c.page.quoteLeads {
		l := strings.ToLower(lead)
		for _, label := range calloutLabels {
			if strings.HasPrefix(l, label) || strings.HasPrefix(l, strings.TrimSuffix(label, ":")+" :") {
				return append(fs, Finding{Kind: KindCalloutText, Detail: "bold-label"})
			}
		}
	}
	return fs
}

func containsAnyFold(s string, subs []string) bool {
	u := strings.ToUpper(s)
	for _, sub := range subs {
		if strings.Contains(u, sub) {
			return true
		}
	}
	return false
}
