package hosting

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// Entry is one page offered to crawlers.
type Entry struct {
	// Path is the page's output file ("de/docs/Web/API/X/index.html").
	Path   string
	Locale string
	// Alternates are the page's versions that exist, the page itself
	// included, and an "x-default" for readers of other languages; they
	// are listed in this order.
	Alternates []Alternate
	// NoIndex marks a page that must not be listed: an English page shown
	// under a translation's path, for example.
	NoIndex bool
}

// Alternate is one language version of a page.
type Alternate struct {
	// Hreflang is a locale ("de") or "x-default".
	Hreflang string
	Path     string
}

// File is a file to write into the output.
type File struct {
	Path string
	Data []byte
}

// MaxURLs is the most URLs one sitemap may list (sitemaps.org).
const MaxURLs = 50000

// Sitemaps writes one sitemap per locale (sitemap-de.xml; more files,
// sitemap-de-2.xml, ..., past MaxURLs) and the index sitemap.xml listing
// them. Pages marked NoIndex are left out. Sitemaps need absolute URLs,
// so without a base URL there are none.
func Sitemaps(base *url.URL, locales []string, entries []Entry) []File {
	if base == nil {
		return nil
	}
	byLocale := map[string][]Entry{}
	for _, e := range entries {
		if !e.NoIndex {
			byLocale[e.Locale] = append(byLocale[e.Locale], e)
		}
	}
	var files []File
	var index bytes.Buffer
	index.WriteString(xml.Header + `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, l := range locales {
		es := byLocale[l]
		slices.SortFunc(es, func(a, b Entry) int { return strings.Compare(a.Path, b.Path) })
		for i := 0; i < len(es); i += MaxURLs {
			name := "sitemap-" + l + ".xml"
			if i > 0 {
				name = fmt.Sprintf("sitemap-%s-%d.xml", l, i/MaxURLs+1)
			}
			files = append(files, File{Path: name, Data: urlset(base, es[i:min(i+MaxURLs, len(es))])})
			fmt.Fprintf(&index, "  <sitemap><loc>%s</loc></sitemap>\n", esc(Abs(base, name)))
		}
	}
	index.WriteString("</sitemapindex>\n")
	return append([]File{{Path: "sitemap.xml", Data: index.Bytes()}}, files...)
}

func urlset(base *url.URL, es []Entry) []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">` + "\n")
	for _, e := range es {
		fmt.Fprintf(&b, "  <url>\n    <loc>%s</loc>\n", esc(Abs(base, e.Path)))
		for _, a := range e.Alternates {
			fmt.Fprintf(&b, "    <xhtml:link rel=\"alternate\" hreflang=\"%s\" href=\"%s\"/>\n", esc(a.Hreflang), esc(Abs(base, a.Path)))
		}
		b.WriteString("  </url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// Robots is robots.txt: everything may be crawled, and the sitemap is
// named when there is one. Crawlers read robots.txt only at a host's root:
// under a sub-path, copy its Sitemap line into the host's own file.
func Robots(base *url.URL) []byte {
	s := "# Written by doku.\nUser-agent: *\nAllow: /\n"
	if base != nil {
		s += "\nSitemap: " + Abs(base, "sitemap.xml") + "\n"
	}
	return []byte(s)
}
