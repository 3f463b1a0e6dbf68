package macro

import (
	"cmp"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/content"
)

// Usage counts the macro calls of a content tree, by macro (names ignore
// case, as lookups do) and by locale, to see how much of a tree the
// registry handles.
type Usage struct {
	// Locales are the locale folders counted, in the tree's order.
	Locales []string
	// Pages counts the pages read per locale.
	Pages map[string]int
	rows  map[string]*UsageRow
	reg   *Registry
}

// UsageRow is one macro's count.
type UsageRow struct {
	// Name is the registered name, or for an unknown macro its most
	// frequent spelling.
	Name  string
	Macro *Macro // nil when the registry does not know it
	Total int
	// ByLocale counts calls per locale folder.
	ByLocale  map[string]int
	spellings map[string]int
}

// NewUsage makes an empty count against reg.
func NewUsage(reg *Registry) *Usage {
	return &Usage{Pages: map[string]int{}, rows: map[string]*UsageRow{}, reg: reg}
}

// Add counts the calls in one page body of locale.
func (u *Usage) Add(locale string, body []byte) {
	if !slices.Contains(u.Locales, locale) {
		u.Locales = append(u.Locales, locale)
	}
	u.Pages[locale]++
	Scan(body, func(c Call, _ int, _ error) {
		if c.Name == "" {
			return
		}
		k := strings.ToLower(c.Name)
		r := u.rows[k]
		if r == nil {
			r = &UsageRow{Macro: u.reg.Lookup(c.Name), ByLocale: map[string]int{}, spellings: map[string]int{}}
			u.rows[k] = r
		}
		r.Total++
		r.ByLocale[locale]++
		r.spellings[c.Name]++
	})
}

// Rows returns every macro of the registry and every unknown one used,
// the most used first, then by name.
func (u *Usage) Rows() []*UsageRow {
	var rows []*UsageRow
	for _, m := range u.reg.All() {
		if u.rows[strings.ToLower(m.Name)] == nil {
			u.rows[strings.ToLower(m.Name)] = &UsageRow{Macro: m, ByLocale: map[string]int{}}
		}
	}
	for _, r := range u.rows {
		if r.Macro != nil {
			r.Name = r.Macro.Name
		} else {
			best := 0
			for s, n := range r.spellings {
				if n > best || n == best && s < r.Name {
					r.Name, best = s, n
				}
			}
		}
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b *UsageRow) int {
		return cmp.Or(cmp.Compare(b.Total, a.Total), strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)))
	})
	return rows
}

// Coverage returns the calls handled by known macros and all calls, in
// locale ("" for every locale).
func (u *Usage) Coverage(locale string) (known, total int) {
	for _, r := range u.rows {
		n := r.Total
		if locale != "" {
			n = r.ByLocale[locale]
		}
		total += n
		if r.Macro != nil {
			known += n
		}
	}
	return known, total
}

// CountTree counts the calls in every index.md of a content tree laid out
// as doku and MDN do: one folder per locale; data folders are skipped.
func CountTree(fsys fs.FS, reg *Registry) (*Usage, error) {
	u := NewUsage(reg)
	tops, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	for _, top := range tops {
		name := top.Name()
		if !top.IsDir() || name == content.DataDir || name == content.MDNDataDir || strings.HasPrefix(name, ".") {
			continue
		}
		err := fs.WalkDir(fsys, name, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !content.IsPageFile(path.Base(p)) {
				return err
			}
			src, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			_, body, _, err := content.SplitFrontMatter(src)
			if err != nil {
				body = src // counted anyway; doku build reports the page
			}
			u.Add(name, body)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return u, nil
}
