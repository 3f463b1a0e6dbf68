package render

import (
	"strings"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/hosting"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/site"
)

// This file writes what a hosted site needs besides its pages: hreflang
// alternates and canonical links in every page, sitemaps, robots.txt and
// the 404 pages. The conventions themselves live in internal/hosting.

// pageVersions lists the versions of p that exist, by locale, then the
// en-US one again as x-default, for readers of any other language.
func pageVersions(in *load.Model, p *site.Page) []hosting.Alternate {
	var vs []hosting.Alternate
	for _, t := range in.Site.Translations(p) {
		vs = append(vs, hosting.Alternate{Hreflang: t.Locale, Path: t.OutPath()})
	}
	if en := in.Site.Page(locale.Source, p.Slug); en != nil {
		vs = append(vs, hosting.Alternate{Hreflang: "x-default", Path: en.OutPath()})
	}
	return vs
}

// homeVersions lists the home pages; x-default is the language chooser.
func homeVersions(in *load.Model) []hosting.Alternate {
	var vs []hosting.Alternate
	for _, l := range in.Site.Locales {
		vs = append(vs, hosting.Alternate{Hreflang: l, Path: HomePath(l)})
	}
	return append(vs, hosting.Alternate{Hreflang: "x-default", Path: "index.html"})
}

// alternates are the <link rel="alternate" hreflang> of the page at from:
// absolute with a base URL, as search engines want, else relative.
func alternates(in *load.Model, from string, vs []hosting.Alternate) []langLink {
	var ls []langLink
	for _, v := range vs {
		href := hosting.Abs(in.Base, v.Path)
		if href == "" {
			href = site.RelURL(from, v.Path)
		}
		ls = append(ls, langLink{Locale: v.Hreflang, Href: href, Exists: true})
	}
	return ls
}

// Hosting writes robots.txt, the sitemaps (with a base URL) and the
// 404 pages. It returns how many files it wrote.
func Hosting(in *load.Model, out Sink, dc *diag.Collector) (int, error) {
	var entries []hosting.Entry
	for _, l := range in.Site.Locales {
		entries = append(entries, hosting.Entry{Path: HomePath(l), Locale: l, Alternates: homeVersions(in)})
	}
	for _, p := range in.Site.Pages {
		entries = append(entries, hosting.Entry{Path: p.OutPath(), Locale: p.Locale, Alternates: pageVersions(in, p)})
	}
	files := append(hosting.Sitemaps(in.Base, in.Site.Locales, entries),
		hosting.File{Path: "robots.txt", Data: hosting.Robots(in.Base)})
	for _, f := range files {
		if err := out.Write(f.Path, f.Data); err != nil {
			return 0, err
		}
	}
	n := len(files)
	for _, l := range in.Site.Locales {
		if err := renderNotFound(in, out, []string{l}, dc); err != nil {
			return n, err
		}
		n++
	}
	return n + 1, renderNotFound(in, out, in.Site.Locales, dc)
}

// notFoundText is the 404 message in one language.
type notFoundText struct {
	Locale, Title, Text, Link, Href string
}

// renderNotFound writes the 404 page of one locale (<locale>/404.html) or,
// given several, the one at the root in all of them. A server shows a 404
// page at whatever URL was asked for, so its links cannot be relative:
// they start at the site's root path (from the base URL, else "/").
func renderNotFound(in *load.Model, out Sink, locales []string, dc *diag.Collector) error {
	root := hosting.RootPath(in.Base)
	d := pageData{Lang: "mul", Root: root, NoIndex: true}
	to := "404.html"
	if len(locales) == 1 {
		d.Lang, to = locales[0], locales[0]+"/404.html"
		d.Home = root + HomePath(d.Lang)
		for _, l := range in.Site.Locales {
			d.Languages = append(d.Languages, langLink{Locale: l, Name: LocaleName(in, l, dc),
				Current: l == d.Lang, Exists: true, Href: root + HomePath(l)})
		}
	}
	d.L = in.L10n[catalogLocale(d.Lang)].ReportingTo(dc)
	var titles []string
	for _, l := range locales {
		ll := in.L10n[l].ReportingTo(dc)
		t := notFoundText{Locale: l, Title: ll.T("NotFound.Title"), Text: ll.T("NotFound.Text"),
			Link: ll.T("NotFound.Home"), Href: root + HomePath(l)}
		d.NotFound = append(d.NotFound, t)
		titles = append(titles, t.Title)
	}
	d.Title = strings.Join(titles, " · ")
	return execute(in, out, "404.html", to, d, dc)
}

// catalogLocale is the locale whose catalog a page in lang uses: its own, or
// the source locale's for pages in several languages ("mul").
func catalogLocale(lang string) string {
	if lang == "mul" {
		return locale.Source
	}
	return lang
}
