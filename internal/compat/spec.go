package compat

import (
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
	"html"
	"io/fs"
	"net/url"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/diag"

	"github.com/BurntSushi/toml"
)

// SpecTitlesPath is where a site keeps the titles of the specifications
// its pages cite, relative to its content folder.
const SpecTitlesPath = "data/spec-titles.toml"

// SpecTitles maps URL prefixes to specification titles
// ("https://websockets.spec.whatwg.org/" → "WebSockets Standard").
type SpecTitles struct {
	prefixes []string // longest first
	titles   map[string]string
	// more names the specifications no prefix matches (the data
	// folder's titles); nil for none.
	more func(u string) (string, bool)
}

// WithMore returns titles that ask more for a URL none of st's prefixes
// match, before falling back to its host.
func (st *SpecTitles) WithMore(more func(u string) (string, bool)) *SpecTitles {
	c := &SpecTitles{}
	if st != nil {
		*c = *st
	}
	c.more = more
	return c
}

// LoadSpecTitles reads the titles file at path in fsys; file is the path
// shown in diagnostics. A missing file gives no titles: specifications
// are then named by their URL's host.
func LoadSpecTitles(fsys fs.FS, path, file string, dc *diag.Collector) *SpecTitles {
	st := &SpecTitles{titles: map[string]string{}}
	src, err := fs.ReadFile(fsys, path)
	if errors.Is(err, fs.ErrNotExist) {
		return st
	}
	if err != nil {
		dc.Errorf(diag.Pos{File: file}, diag.BCD, "", "cannot read: %v", err)
		return st
	}
	if _, err := toml.Decode(string(src), &st.titles); err != nil {
		pos, msg := diag.TOMLError(file, err)
		dc.Errorf(pos, diag.BCD, `one line per specification: "https://url.prefix/" = "Title"`, "%s", msg)
		return st
	}
	for p := range st.titles {
		st.prefixes = append(st.prefixes, p)
	}
	slices.SortFunc(st.prefixes, func(a, b string) int { return len(b) - len(a) })
	return st
}

// Title returns the title of the specification at u: the title of the
// longest prefix of u listed, else u's host.
func (st *SpecTitles) Title(u string) string {
	if st != nil {
		for _, p := range st.prefixes {
			if strings.HasPrefix(u, p) {
				return st.titles[p]
			}
		}
		if st.more != nil {
			if t, ok := st.more(u); ok {
				return t
			}
		}
	}
	if pu, err := url.Parse(u); err == nil && pu.Host != "" {
		return pu.Host
	}
	return u
}

// SpecURLs returns the spec_urls of the features keys, without repeats,
// as MDN's renderer collects them: a feature's own, and for a feature
// without any (a group such as "javascript.operators") those of the
// features below it. So a page cites the specifications of what it is
// about. A key the data lacks adds nothing; the first such key, or a
// feature that cannot be decoded, is the error, returned with the URLs
// of the others.
func (d *Data) SpecURLs(keys []string) ([]string, error) {
	var urls []string
	var first error
	add := func(us []string) {
		for _, u := range us {
			if !slices.Contains(urls, u) {
				urls = append(urls, u)
			}
		}
	}
	for _, k := range keys {
		f, err := d.Feature(k)
		if err != nil {
			first = cmp.Or(first, err)
			continue
		}
		if f.Compat != nil && len(f.Compat.SpecURLs) > 0 {
			add(f.Compat.SpecURLs)
			continue
		}
		err = d.below(f, func(sub *Feature) {
			if sub.Compat != nil {
				add(sub.Compat.SpecURLs)
			}
		})
		first = cmp.Or(first, err)
	}
	return urls, first
}

// below calls fn on every feature under f, depth first in the data's
// order, and returns the first error decoding one.
func (d *Data) below(f *Feature, fn func(*Feature)) error {
	var first error
	for _, c := range f.Children {
		sub, err := d.Feature(c)
		if err != nil {
			first = cmp.Or(first, err)
			continue
		}
		fn(sub)
		first = cmp.Or(first, d.below(sub, fn))
	}
	return first
}

// SpecTable renders the table of specifications at urls: each the
// specification's title, linked, and the section's fragment. No URLs give
// a localized notice that the feature is in no specification.
func SpecTable(urls []string, titles *SpecTitles, l Localizer) string {
	if len(urls) == 0 {
		return `<div class="notice spec-none"><p>` + html.EscapeString(l.T("Specifications.None")) + `</p></div>`
	}
	var b strings.Builder
	b.WriteString(`<div class="table-scroll"><table class="spec-table"><thead><tr>`)
	fmt.Fprintf(&b, `<th scope="col">%s</th>`, html.EscapeString(l.T("Specifications.Header")))
	b.WriteString(`</tr></thead><tbody>`)
	for _, u := range urls {
		href, ok := safeHref(`href="` + html.EscapeString(u) + `"`)
		title := html.EscapeString(titles.Title(u))
		if !ok {
			fmt.Fprintf(&b, `<tr><td>%s</td></tr>`, title)
			continue
		}
		frag := ""
		if _, f, ok := strings.Cut(u, "#"); ok && f != "" {
			if uf, err := url.PathUnescape(f); err == nil {
				f = uf
			}
			frag = `<br><span class="spec-fragment"># ` + html.EscapeString(f) + `</span>`
		}
		fmt.Fprintf(&b, `<tr><td><a href="%s">%s%s</a></td></tr>`, html.EscapeString(href), title, frag)
	}
	b.WriteString(`</tbody></table></div>`)
	return b.String()
}

// Fingerprint is a digest of the names st gives by prefix (the data
// folder's names, asked through more, are the data folder's).
func (st *SpecTitles) Fingerprint() [32]byte {
	h := sha256.New()
	if st != nil {
		// The prefixes are in order of length, those of one length in
		// any order; fmt sorts the map.
		fmt.Fprintf(h, "%q %v", slices.Sorted(slices.Values(st.prefixes)), st.titles)
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}
