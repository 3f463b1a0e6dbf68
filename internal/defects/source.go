package defects

import (
	"bytes"
	"io/fs"
	"path"
	"strings"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/macro"

	"go.yaml.in/yaml/v3"
)

// source is what the detectors need of a page's Markdown.
type source struct {
	// sidebar is the front matter's sidebar:, inherited from the English
	// page by a translation that has none.
	sidebar string
	// browserCompat and specURLs are the front matter's keys, inherited
	// alike.
	browserCompat, specURLs []string
	// sidebarMacro is the first sidebar macro the body calls, "" if none.
	sidebarMacro string
	// escaped holds the (lower-cased) names of the calls the body escapes
	// ("\{{name"): their text on the page is what the author wants shown.
	escaped map[string]bool
}

// sidebarMacros are MDN's macros that ask for a sidebar (lower-cased),
// those doku knows and those it does not yet.
var sidebarMacros = map[string]bool{}

func init() {
	for _, name := range []string{
		"APIRef", "DefaultAPISidebar", "JSRef", "jsSidebar", "CSSRef", "HTMLSidebar", "HTMLRef",
		"GlossarySidebar", "HTTPSidebar", "SVGRef", "MathMLRef", "MDNSidebar", "LearnSidebar",
		"LearnRef", "AddonSidebar", "AddonSidebarMain", "WebAssemblySidebar", "AccessibilitySidebar",
		"GamesSidebar", "WebExtAPISidebar", "XSLTRef", "XsltSidebar", "FirefoxSidebar", "PWASidebar",
		"WebGLSidebar", "WebRTCSidebar", "ListSubpagesForSidebar", "CSS_Ref", "QuickLinksWithSubpages",
	} {
		sidebarMacros[strings.ToLower(name)] = true
	}
}

// sources reads pages' sources from a content tree.
type sources struct{ tree fs.FS }

func newSources(tree fs.FS) *sources { return &sources{tree: tree} }

// get returns the source of the page locale/slug, nil when there is no
// tree or no such file.
func (s *sources) get(loc, slug string) *source {
	if s.tree == nil {
		return nil
	}
	fm, body, ok := s.read(loc, slug)
	if !ok {
		return nil
	}
	src := &source{
		sidebar: fm.Sidebar, browserCompat: fm.BrowserCompat, specURLs: fm.SpecURLs,
		escaped: escapedCalls(body),
	}
	macro.Scan(body, func(c macro.Call, _ int, err error) {
		if err == nil && src.sidebarMacro == "" && sidebarMacros[strings.ToLower(c.Name)] {
			src.sidebarMacro = c.Name
		}
	})
	if loc != locale.Source && (src.sidebar == "" || len(src.browserCompat) == 0 || len(src.specURLs) == 0) {
		if en, _, ok := s.read(locale.Source, slug); ok {
			src.sidebar = first(src.sidebar, en.Sidebar)
			src.browserCompat = firstList(src.browserCompat, en.BrowserCompat)
			src.specURLs = firstList(src.specURLs, en.SpecURLs)
		}
	}
	return src
}

// read returns the front matter and body of locale/slug.
func (s *sources) read(loc, slug string) (content.FrontMatter, []byte, bool) {
	var fm content.FrontMatter
	p := path.Join(strings.ToLower(loc), strings.ToLower(slug), "index.md")
	data, err := fs.ReadFile(s.tree, p)
	if err != nil {
		return fm, nil, false
	}
	yamlSrc, body, _, err := content.SplitFrontMatter(data)
	if err != nil {
		return fm, data, true
	}
	// Front matter doku cannot read is doku's build's problem; what
	// decodes is enough here.
	_ = yaml.Unmarshal(yamlSrc, &fm)
	return fm, body, true
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func firstList(a, b []string) []string {
	if len(a) > 0 {
		return a
	}
	return b
}

// escapedCalls returns the names of the calls body escapes ("\{{name").
func escapedCalls(body []byte) map[string]bool {
	var names map[string]bool
	for rest := body; ; {
		i := bytes.Index(rest, []byte(`\{{`))
		if i < 0 {
			return names
		}
		rest = rest[i+3:]
		if names == nil {
			names = map[string]bool{}
		}
		names[callName(string(rest[:min(len(rest), maxCallName)]))] = true
	}
}

// maxCallName bounds the text read for a call's name.
const maxCallName = 80
