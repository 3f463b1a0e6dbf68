package workbench

import (
	"net/http"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
)

// localeSummary is one locale on the workbench's start page.
type localeSummary struct {
	Locale                            string
	Messages, Missing, Outdated, Done int
	Catalog                           string
}

type indexPage struct {
	Locales  []localeSummary
	Problems []diag.Diagnostic
	// Asked is a locale a request named that the site does not have.
	Asked string
}

// index lists the locales with how far their catalogs are. Page states
// need git and are left to the pages view.
func (wb *Workbench) index(w http.ResponseWriter, r *http.Request) {
	render(w, http.StatusOK, "index", wb.indexData())
}

func (wb *Workbench) indexData() indexPage {
	var d indexPage
	for _, loc := range wb.locales() {
		s := localeSummary{Locale: loc}
		c, problems := wb.readCatalogs(loc)
		d.Problems = append(d.Problems, problems...)
		if c != nil {
			s.Catalog = c.file
			for _, st := range i18n.CheckLocale(c.src, c.tr, &diag.Collector{}) {
				switch {
				case st.State == i18n.Obsolete:
					continue
				case hasState(stateFilter["missing"], st.State):
					s.Missing++
				case hasState(stateFilter["outdated"], st.State):
					s.Outdated++
				default:
					s.Done++
				}
				s.Messages++
			}
		}
		d.Locales = append(d.Locales, s)
	}
	return d
}

// noLocale answers a request for a locale the site does not translate
// into with the start page and 404.
func (wb *Workbench) noLocale(w http.ResponseWriter, r *http.Request) {
	d := wb.indexData()
	d.Asked = r.FormValue("locale")
	if d.Asked == "" {
		d.Asked = "(none)"
	}
	render(w, http.StatusNotFound, "index", d)
}
