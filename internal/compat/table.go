package compat

import (
	"bytes"
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Localizer looks up catalog messages: T("ID", "Name", value, ...).
type Localizer interface {
	T(id string, data ...any) string
}

// Table renders compatibility tables as plain HTML that needs no
// JavaScript: <details> opens the notes, and doku.css does the rest. A
// Table serves one goroutine (one page's render); the Data it reads is
// shared.
type Table struct {
	Data *Data
	L    Localizer
	// Link returns the site's own page for an MDN URL, if it has one.
	// May be nil.
	Link func(mdnURL string) (href string, ok bool)

	// labels caches escaped catalog messages without data: a table asks
	// for the same few labels in every cell.
	labels map[string]string
}

// platforms orders the column groups; a browser of another type goes into
// "other" at the end.
var platforms = []string{"desktop", "mobile", "server", "xr", "other"}

// row is one feature of the table, at its depth below the first.
type row struct {
	f     *Feature
	depth int
}

// usage gathers what occurs in a table, for its legend.
type usage map[string]bool

// Render returns the table of the features keys, each followed by its
// subfeatures. A key the data lacks, or bad data, is an error and no
// table is rendered.
func (t *Table) Render(keys []string) (string, error) {
	var rows []row
	for _, k := range keys {
		var err error
		if rows, err = t.collect(rows, k, 0); err != nil {
			return "", err
		}
	}
	if len(rows) == 0 {
		return "", fmt.Errorf("no support data under %s", strings.Join(keys, ", "))
	}
	browsers := t.columns(rows)
	used := usage{}
	b := buffers.Get().(*bytes.Buffer)
	defer buffers.Put(b)
	b.Reset()
	id := html.EscapeString("bcd-" + strings.Join(keys, "-"))
	b.WriteString(`<div class="table-scroll bc-scroll" role="region" tabindex="0" aria-labelledby="`)
	b.WriteString(id)
	b.WriteString(`"><table class="bc-table"><caption id="`)
	b.WriteString(id)
	b.WriteString(`">`)
	b.WriteString(t.t("Compat.Caption", "Feature", strings.Join(keys, ", ")))
	b.WriteString(`</caption>`)
	t.head(b, browsers)
	b.WriteString(`<tbody>`)
	for _, r := range rows {
		t.row(b, r, browsers, used)
	}
	b.WriteString(`</tbody></table></div>`)
	t.legend(b, used)
	return b.String(), nil
}

// buffers hold tables while they are written: a table of an interface
// and its members runs to hundreds of kilobytes, which a buffer grown
// from nothing for each table allocated about twice over.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// collect appends the feature key and its subfeatures, depth first.
func (t *Table) collect(rows []row, key string, depth int) ([]row, error) {
	f, err := t.Data.Feature(key)
	if err != nil {
		return nil, err
	}
	if f.Compat != nil {
		rows = append(rows, row{f, depth})
		depth++
	}
	for _, c := range f.Children {
		if rows, err = t.collect(rows, c, depth); err != nil {
			return nil, err
		}
	}
	return rows, nil
}

// columns returns the browsers any row has data for, by platform, then ID.
func (t *Table) columns(rows []row) []*Browser {
	seen := map[string]bool{}
	var bs []*Browser
	for _, r := range rows {
		for id := range r.f.Compat.Support {
			if !seen[id] {
				seen[id] = true
				bs = append(bs, t.Data.Browsers[id])
			}
		}
	}
	slices.SortFunc(bs, func(a, b *Browser) int {
		if pa, pb := platformIndex(a), platformIndex(b); pa != pb {
			return pa - pb
		}
		return strings.Compare(a.ID, b.ID)
	})
	return bs
}

func platformIndex(b *Browser) int {
	if i := slices.Index(platforms, b.Type); i >= 0 {
		return i
	}
	return len(platforms) - 1
}

func (t *Table) head(b *bytes.Buffer, browsers []*Browser) {
	b.WriteString(`<thead><tr class="bc-platforms"><td></td>`)
	for i := 0; i < len(browsers); {
		p := platformIndex(browsers[i])
		n := 1
		for i+n < len(browsers) && platformIndex(browsers[i+n]) == p {
			n++
		}
		b.WriteString(`<th scope="colgroup" colspan="`)
		b.Write(strconv.AppendInt(b.AvailableBuffer(), int64(n), 10))
		b.WriteString(`" class="bc-platform bc-platform-`)
		b.WriteString(platforms[p])
		b.WriteString(`">`)
		b.WriteString(t.t("Compat.Platform." + platforms[p]))
		b.WriteString(`</th>`)
		i += n
	}
	b.WriteString(`</tr><tr class="bc-browsers"><td></td>`)
	for _, br := range browsers {
		b.WriteString(`<th scope="col" class="bc-browser bc-browser-`)
		b.WriteString(html.EscapeString(br.ID))
		b.WriteString(`"><span>`)
		b.WriteString(html.EscapeString(br.Name))
		b.WriteString(`</span></th>`)
	}
	b.WriteString(`</tr></thead>`)
}

func (t *Table) row(b *bytes.Buffer, r row, browsers []*Browser, used usage) {
	c := r.f.Compat
	b.WriteString(`<tr><th scope="row" class="bc-feature bc-depth-`)
	b.Write(strconv.AppendInt(b.AvailableBuffer(), int64(min(r.depth, 3)), 10))
	b.WriteString(`">`)
	href, linked := t.link(c.MDNURL)
	if linked {
		b.WriteString(`<a href="`)
		b.WriteString(html.EscapeString(href))
		b.WriteString(`">`)
	}
	if c.Description != "" {
		b.WriteString(SanitizeHTML(c.Description, nil))
	} else {
		b.WriteString("<code>")
		b.WriteString(html.EscapeString(r.f.Name()))
		b.WriteString("</code>")
	}
	if linked {
		b.WriteString(`</a>`)
	}
	if s := c.Status; s != nil {
		for _, badge := range []struct {
			on   bool
			name string
		}{{s.Experimental, "experimental"}, {s.Deprecated, "deprecated"}, {!s.StandardTrack, "nonstandard"}} {
			if badge.on {
				used["status-"+badge.name] = true
				b.WriteString(` <span class="bc-badge bc-badge-`)
				b.WriteString(badge.name)
				b.WriteString(`">`)
				b.WriteString(t.t("Compat.Status." + badge.name))
				b.WriteString(`</span>`)
			}
		}
	}
	b.WriteString(`</th>`)
	for _, br := range browsers {
		t.cell(b, br, c.Support[br.ID], used)
	}
	b.WriteString(`</tr>`)
}

// link resolves an MDN URL to the site's page, if there is one.
func (t *Table) link(mdnURL string) (string, bool) {
	if t.Link == nil || mdnURL == "" {
		return "", false
	}
	return t.Link(mdnURL)
}

// linkNote rewrites the MDN links of a note to the site's pages.
func (t *Table) linkNote(href string) string {
	if h, ok := t.link(href); ok {
		return h
	}
	return href
}

// t returns a catalog message, escaped.
func (t *Table) t(id string, data ...any) string {
	if len(data) > 0 {
		return html.EscapeString(t.L.T(id, data...))
	}
	if s, ok := t.labels[id]; ok {
		return s
	}
	if t.labels == nil {
		t.labels = map[string]string{}
	}
	s := html.EscapeString(t.L.T(id))
	t.labels[id] = s
	return s
}
