package workbench

import (
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
)

// perPage is how many messages or pages one page of a list shows.
const perPage = 50

// item is one message as its form shows it.
type item struct {
	ID, Description, Version string
	State                    i18n.State
	// Source holds the English forms; Fields the translation's, one per
	// form the locale needs, each with the error of a rejected save.
	Source []formText
	Fields []field
	// Conflict is set when a save was refused because the message changed
	// since the form was shown.
	Conflict *conflict
}

type formText struct{ Form, Text string }

type field struct {
	Form, Value, Error string
	Lines              int
}

// conflict shows both texts of a refused save.
type conflict struct{ Theirs, Yours []formText }

// listQuery is what a message list shows: the filters and the page.
type listQuery struct {
	Locale, State, Q string
	Page             int
}

func readQuery(r *http.Request, locale string) listQuery {
	q := listQuery{Locale: locale, State: r.FormValue("state"), Q: r.FormValue("q")}
	if stateFilter[q.State] == nil {
		q.State = ""
	}
	q.Page, _ = strconv.Atoi(r.FormValue("page"))
	q.Page = max(q.Page, 1)
	return q
}

// URL is the list with these filters, on page n (the current one for 0).
func (q listQuery) URL(n int) string {
	if n == 0 {
		n = q.Page
	}
	v := url.Values{"locale": {q.Locale}}
	if q.State != "" {
		v.Set("state", q.State)
	}
	if q.Q != "" {
		v.Set("q", q.Q)
	}
	if n > 1 {
		v.Set("page", strconv.Itoa(n))
	}
	return Prefix + "messages?" + v.Encode()
}

// newItem is message id of c as it reads now.
func newItem(c *catalogs, st i18n.Status) item {
	sm := c.src.Messages[st.ID]
	it := item{ID: st.ID, Description: sm.Description, State: st.State, Version: version(c.tr, st.ID)}
	src := i18n.Forms(sm)
	for _, f := range i18n.PluralForms {
		if t, ok := src[f]; ok {
			it.Source = append(it.Source, formText{f, t})
		}
	}
	var have map[string]string
	if m := c.tr.Messages[st.ID]; m != nil {
		have = i18n.Forms(m)
	}
	for _, f := range i18n.WantedForms(sm, c.tr.Locale) {
		it.Fields = append(it.Fields, field{Form: f, Value: have[f]})
	}
	it.sizeFields()
	return it
}

// sizeFields gives each field room for its text.
func (it *item) sizeFields() {
	longest := 0
	for _, s := range it.Source {
		longest = max(longest, len(s.Text))
	}
	for i := range it.Fields {
		it.Fields[i].Lines = min(8, 1+max(longest, len(it.Fields[i].Value))/70)
	}
}

// listPage is the data of the message list.
type listPage struct {
	Token, Locale string
	Locales       []string
	Query         listQuery
	Items         []item
	Total, Pages  int
	Pager         []pageLink
	Saved         string
	Catalog       string
	Problems      []diag.Diagnostic
	States        []string
}

// messages shows the messages of a locale, filtered and paged.
func (wb *Workbench) messages(w http.ResponseWriter, r *http.Request) {
	loc := wb.pickLocale(r)
	if loc == "" {
		wb.noLocale(w, r)
		return
	}
	q := readQuery(r, loc)
	d := listPage{Token: wb.token, Locale: loc, Locales: wb.locales(), Query: q, Saved: r.FormValue("saved"),
		States: []string{"missing", "outdated", "done"}}
	c, problems := wb.readCatalogs(loc)
	d.Problems = problems
	if c == nil {
		render(w, http.StatusInternalServerError, "messages", d)
		return
	}
	d.Catalog = c.file
	var keep []i18n.Status
	for _, st := range i18n.CheckLocale(c.src, c.tr, &diag.Collector{}) {
		if st.State == i18n.Obsolete || q.State != "" && !hasState(stateFilter[q.State], st.State) ||
			!matches(q.Q, st.ID, st.Source, st.Text, c.src.Messages[st.ID].Description) {
			continue
		}
		keep = append(keep, st)
	}
	d.Total = len(keep)
	d.Pages = max(1, (len(keep)+perPage-1)/perPage)
	d.Pager = pager(q.URL, q.Page, d.Pages)
	from := min((q.Page-1)*perPage, len(keep))
	for _, st := range keep[from:min(from+perPage, len(keep))] {
		d.Items = append(d.Items, newItem(c, st))
	}
	render(w, http.StatusOK, "messages", d)
}

func hasState(states []i18n.State, s i18n.State) bool {
	for _, x := range states {
		if x == s {
			return true
		}
	}
	return false
}

// saveMessage saves one message from its form: refused with 409 when the
// message changed since the form was shown, with 422 when the text does
// not pass the checks; else the catalog is written and the browser sent
// back to the list.
func (wb *Workbench) saveMessage(w http.ResponseWriter, r *http.Request) {
	loc := wb.pickLocale(r)
	if loc == "" {
		wb.noLocale(w, r)
		return
	}
	q := readQuery(r, loc)
	id := r.PostForm.Get("id")
	wb.mu.Lock()
	defer wb.mu.Unlock()
	c, problems := wb.readCatalogs(loc)
	d := listPage{Token: wb.token, Locale: loc, Locales: wb.locales(), Query: q, Problems: problems, Total: 1, Pages: 1}
	if c == nil {
		render(w, http.StatusInternalServerError, "messages", d)
		return
	}
	d.Catalog = c.file
	sm := c.src.Messages[id]
	if sm == nil {
		http.Error(w, "the source catalog has no message "+strconv.Quote(id), http.StatusNotFound)
		return
	}
	it := newItem(c, i18n.Status{ID: id, State: stateOf(c, id)})
	posted := map[string]string{}
	for _, f := range i18n.PluralForms {
		if v, ok := r.PostForm[f]; ok && len(v) > 0 {
			posted[f] = v[0]
		}
	}
	status := http.StatusOK
	if v := r.PostForm.Get("version"); v != it.Version {
		// The form keeps the translator's text and now carries the current
		// version: saving it again overwrites the other change on purpose.
		it.Conflict = &conflict{Theirs: formsOf(it.Fields, nil), Yours: formsOf(it.Fields, posted)}
		for i := range it.Fields {
			it.Fields[i].Value = posted[it.Fields[i].Form]
		}
		status = http.StatusConflict
	} else if errs := i18n.ValidateTranslation(sm, loc, posted); len(errs) > 0 {
		for i := range it.Fields {
			it.Fields[i].Value = posted[it.Fields[i].Form]
			for _, e := range errs {
				if e.Form == it.Fields[i].Form {
					it.Fields[i].Error = e.Message
				}
			}
		}
		status = http.StatusUnprocessableEntity
	} else if err := wb.writeMessage(c, id, posted); err != nil {
		d.Problems = append(d.Problems, diag.Diagnostic{Pos: diag.Pos{File: c.file}, Severity: diag.Error, Message: err.Error()})
		status = http.StatusInternalServerError
	} else {
		http.Redirect(w, r, q.URL(0)+"&saved="+url.QueryEscape(id)+"#m-"+url.PathEscape(id), http.StatusSeeOther)
		return
	}
	d.Items = []item{it}
	render(w, status, "messages", d)
}

// writeMessage saves id as forms into the site's catalog of c.
func (wb *Workbench) writeMessage(c *catalogs, id string, forms map[string]string) error {
	out, err := i18n.SetTranslation(c.src, c.tr, id, forms)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(c.file), 0o755); err != nil {
		return err
	}
	return i18n.WriteAtomic(c.file, out)
}

// stateOf is the state of one message, as the list shows it.
func stateOf(c *catalogs, id string) i18n.State {
	for _, st := range i18n.CheckLocale(c.src, c.tr, &diag.Collector{}) {
		if st.ID == id {
			return st.State
		}
	}
	return i18n.Missing
}

// formsOf lists the forms of fields with the text of values (the fields'
// own values when values is nil).
func formsOf(fields []field, values map[string]string) []formText {
	var out []formText
	for _, f := range fields {
		v := f.Value
		if values != nil {
			v = values[f.Form]
		}
		out = append(out, formText{f.Form, v})
	}
	return out
}
