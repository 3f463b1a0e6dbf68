package serve

import (
	"bytes"
	"html/template"
	"net/http"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
)

// maxListed bounds the errors the overlay lists; the log has them all.
const maxListed = 50

// The server's own markup. Every string in it comes from a catalog or
// from a diagnostic, and html/template escapes both.
var (
	headTmpl = template.Must(template.New("head").Parse(
		`<link rel="stylesheet" href="/_doku/serve.css">` +
			`{{if .Translator}}<link rel="stylesheet" href="/_doku/translator.css">{{end}}` +
			`<script src="/_doku/reload.js" data-version="{{.Version}}" defer></script>`))
	overlayTmpl = template.Must(template.New("overlay").Parse(
		`<aside class="doku-overlay" role="alert"><details open><summary>{{.Title}}</summary>` +
			`<p>{{.Hint}}</p><ol>{{range .Errors}}<li><code>{{.Pos}}</code> {{.Message}} <span class="doku-kind">[{{.Kind}}]</span>` +
			`{{with .Hint}}<br><small>{{.}}</small>{{end}}</li>{{end}}</ol>{{with .More}}<p>{{.}}</p>{{end}}</details></aside>`))
	pageTmpl = template.Must(template.New("page").Parse(
		`<!DOCTYPE html><html lang="{{.Lang}}"><head><meta charset="utf-8"><title>{{.Title}}</title></head>` +
			`<body class="doku-page"><main><h1>{{.Title}}</h1><p>{{.Text}}</p>` +
			`{{with .Home}}<p><a href="{{.}}">{{$.HomeText}}</a></p>{{end}}</main></body></html>`))
)

// messages looks up the server's strings in a locale's catalog; with no
// catalogs at all (a site whose first build failed) it shows message IDs.
type messages struct{ l *i18n.Localizer }

func localizer(st *state, locale string) messages {
	if st.l10n == nil {
		return messages{}
	}
	return messages{st.l10n(locale)}
}

func (m messages) T(id string) string {
	if m.l == nil {
		return id
	}
	return m.l.T(id)
}

func (m messages) N(id string, n int) string {
	if m.l == nil {
		return id
	}
	return m.l.N(id, n)
}

// decorate adds the reload script and stylesheets to an HTML page and,
// while the input has errors, the overlay listing them; in translator mode
// it turns fallback marks into highlighting.
func decorate(st *state, locale string, page []byte) []byte {
	var head, overlay bytes.Buffer
	_ = headTmpl.Execute(&head, struct {
		Version    string
		Translator bool
	}{st.version, st.translator})
	if len(st.errors) > 0 {
		writeOverlay(&overlay, st, locale)
	}
	out := make([]byte, 0, len(page)+head.Len()+overlay.Len())
	i := bytes.Index(page, []byte("</head>"))
	if i < 0 {
		i = 0
	}
	out = append(append(append(out, page[:i]...), head.Bytes()...), page[i:]...)
	if overlay.Len() > 0 {
		j := bodyStart(out)
		out = append(out[:j:j], append(overlay.Bytes(), out[j:]...)...)
	}
	if st.translator {
		out = markFallbacks(out)
	}
	return out
}

// bodyStart is the offset just after the <body> tag, or after the head.
func bodyStart(page []byte) int {
	if i := bytes.Index(page, []byte("<body")); i >= 0 {
		if j := bytes.IndexByte(page[i:], '>'); j >= 0 {
			return i + j + 1
		}
	}
	if i := bytes.Index(page, []byte("</head>")); i >= 0 {
		return i + len("</head>")
	}
	return 0
}

func writeOverlay(w *bytes.Buffer, st *state, locale string) {
	t := localizer(st, locale)
	n := len(st.errors)
	d := struct {
		Title, Hint, More string
		Errors            []diag.Diagnostic
	}{
		Title:  t.N("Serve.Errors.Title", n),
		Hint:   t.T("Serve.Errors.Hint"),
		Errors: st.errors[:min(n, maxListed)],
	}
	if st.view == nil {
		d.Hint = t.T("Serve.Errors.NoBuild")
	}
	if n > maxListed {
		d.More = t.N("Serve.Errors.More", n-maxListed)
	}
	_ = overlayTmpl.Execute(w, d)
}

// page answers with one of the server's own pages: before any build
// without errors, the errors alone; "not found" for a site without a 404
// page.
func (h *handler) page(w http.ResponseWriter, r *http.Request, st *state, status int, locale string) {
	if locale == "" {
		locale = st.langs.pick(r.Header.Get("Accept-Language"))
	}
	t := localizer(st, locale)
	d := struct{ Lang, Title, Text, Home, HomeText string }{Lang: locale}
	if status == http.StatusNotFound {
		d.Title, d.Text = t.T("NotFound.Title"), t.T("NotFound.Text")
		d.Home, d.HomeText = "/", t.T("NotFound.Home")
	} else {
		d.Title, d.Text = t.T("Serve.Errors.NoBuildTitle"), t.T("Serve.Errors.NoBuild")
	}
	var b bytes.Buffer
	_ = pageTmpl.Execute(&b, d)
	body := decorate(st, locale, b.Bytes())
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}

// plain answers with a status and a short text, for requests no browser
// shows as a page.
func (h *handler) plain(w http.ResponseWriter, st *state, status int, id string) {
	http.Error(w, stripMarks(localizer(st, "en-US").T(id)), status)
}
