package compat

import (
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

// SpecURLs returns the spec_urls of the features keys, without repeats.
// As on MDN, subfeatures are left out: a page cites the specifications
// of what it is about.
func (d *Data) SpecURLs(keys []string) ([]string, error) {
	var urls []string
	for _, k := range keys {
		f, err := d.Feature(k)
		if err != nil {
			return nil, err
		}
		if f.Compat == nil {
			continue
		}
		for _, u := range f.Compat.SpecURLs {
			if !slices.Contains(urls, u) {
				urls = append(urls, u)
			}
		}
	}
	return urls, nil
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
