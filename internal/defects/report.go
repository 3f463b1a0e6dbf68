package defects

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Report is the count of defects of a site, per locale.
type Report struct {
	Locales []*LocaleReport `json:"locales"`
}

// LocaleReport counts the pages of one locale and their defects.
type LocaleReport struct {
	Locale string `json:"locale"`
	Pages  int    `json:"pages"`
	// Clean is the number of pages without any defect.
	Clean int `json:"clean"`
	// Kinds lists every kind, in the order of Kinds, found or not.
	Kinds []*KindCount `json:"kinds"`
}

// DefectiveShare is the percentage of the locale's pages that have a
// defect; 0 for a locale without pages.
func (l *LocaleReport) DefectiveShare() float64 {
	if l.Pages == 0 {
		return 0
	}
	return 100 * float64(l.Pages-l.Clean) / float64(l.Pages)
}

// Over lists the locales more than maxPercent of whose pages have a
// defect.
func (r *Report) Over(maxPercent float64) []*LocaleReport {
	var over []*LocaleReport
	for _, l := range r.Locales {
		if l.DefectiveShare() > maxPercent {
			over = append(over, l)
		}
	}
	return over
}

// KindCount is how many pages have one kind of defect, with examples.
type KindCount struct {
	Kind     string   `json:"kind"`
	Pages    int      `json:"pages"`
	Examples []string `json:"examples,omitempty"`
	// Details count pages by detail (a macro's name, a code flag), most
	// pages first.
	Details []*DetailCount `json:"details,omitempty"`
	pages   []string
}

// DetailCount is how many pages have a kind of defect with one detail.
type DetailCount struct {
	Detail  string `json:"detail"`
	Pages   int    `json:"pages"`
	Example string `json:"example"`
}

// newReport counts the findings of each page (results[i] is of pages[i]).
func newReport(pages []string, results [][]Finding, examples int) *Report {
	r := &Report{}
	byLocale := map[string]*LocaleReport{}
	details := map[string]map[string]*DetailCount{} // locale + kind → detail
	for i, p := range pages {
		loc, _ := pageLocaleSlug(p)
		lr := byLocale[loc]
		if lr == nil {
			lr = &LocaleReport{Locale: loc}
			for _, k := range Kinds {
				lr.Kinds = append(lr.Kinds, &KindCount{Kind: k.ID})
			}
			byLocale[loc] = lr
			r.Locales = append(r.Locales, lr)
		}
		lr.Pages++
		if len(results[i]) == 0 {
			lr.Clean++
		}
		seen := map[Finding]bool{}
		for _, f := range results[i] {
			kc := lr.kind(f.Kind)
			if !seen[Finding{Kind: f.Kind}] {
				seen[Finding{Kind: f.Kind}] = true
				kc.Pages++
				kc.pages = append(kc.pages, p)
			}
			if f.Detail == "" || seen[f] {
				continue
			}
			seen[f] = true
			key := loc + "\x00" + f.Kind
			if details[key] == nil {
				details[key] = map[string]*DetailCount{}
			}
			dc := details[key][f.Detail]
			if dc == nil {
				dc = &DetailCount{Detail: f.Detail, Example: p}
				details[key][f.Detail] = dc
				kc.Details = append(kc.Details, dc)
			}
			dc.Pages++
		}
	}
	for _, lr := range r.Locales {
		for _, kc := range lr.Kinds {
			kc.Examples = spread(kc.pages, examples)
			slices.SortStableFunc(kc.Details, func(a, b *DetailCount) int {
				if a.Pages != b.Pages {
					return b.Pages - a.Pages
				}
				return strings.Compare(a.Detail, b.Detail)
			})
		}
	}
	return r
}

func (lr *LocaleReport) kind(id string) *KindCount {
	for _, kc := range lr.Kinds {
		if kc.Kind == id {
			return kc
		}
	}
	kc := &KindCount{Kind: id}
	lr.Kinds = append(lr.Kinds, kc)
	return kc
}

// spread picks n of the sorted pages, evenly apart, so the examples come
// from different parts of the site rather than the first folder.
func spread(pages []string, n int) []string {
	if len(pages) <= n {
		return pages
	}
	out := make([]string, n)
	for i := range n {
		out[i] = pages[i*(len(pages)-1)/max(n-1, 1)]
	}
	return out
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// maxDetails is how many details of a kind the table shows.
const maxDetails = 8

// WriteTable writes the report for a reader: per locale the pages checked
// and without defect, then per kind the pages having it, its details and
// examples.
func (r *Report) WriteTable(w io.Writer) error {
	var b strings.Builder
	for _, lr := range r.Locales {
		fmt.Fprintf(&b, "%s: %d pages checked, %d without defect (%s)\n", lr.Locale, lr.Pages, lr.Clean, percent(lr.Clean, lr.Pages))
		for _, kc := range lr.Kinds {
			fmt.Fprintf(&b, "  %-20s %6d pages %7s  %s\n", kc.Kind, kc.Pages, percent(kc.Pages, lr.Pages), kindDoc(kc.Kind))
			for i, d := range kc.Details {
				if i == maxDetails {
					fmt.Fprintf(&b, "      ... %d more details\n", len(kc.Details)-maxDetails)
					break
				}
				fmt.Fprintf(&b, "      %-28s %6d  e.g. %s\n", d.Detail, d.Pages, d.Example)
			}
			for _, e := range kc.Examples {
				fmt.Fprintf(&b, "      example: %s\n", e)
			}
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func kindDoc(id string) string {
	for _, k := range Kinds {
		if k.ID == id {
			return k.Doc
		}
	}
	return ""
}

func percent(part, whole int) string {
	if whole == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(part)/float64(whole))
}
