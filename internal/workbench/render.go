package workbench

import (
	"bytes"
	"embed"
	"html/template"
	"net/http"
	"strings"
	"time"
)

// files are the workbench's templates and stylesheet. Everything a
// template shows from a catalog, a page or git is escaped by html/template.
//
//go:embed templates/*.html workbench.css
var files embed.FS

var templates = template.Must(template.New("").Funcs(template.FuncMap{
	"diffLines": diffLines,
	"add":       func(a, b int) int { return a + b },
}).ParseFS(files, "templates/*.html"))

// render answers with template name executed on data.
func render(w http.ResponseWriter, status int, name string, data any) {
	var b bytes.Buffer
	if err := templates.ExecuteTemplate(&b, name, data); err != nil {
		http.Error(w, "the workbench page cannot be shown: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(b.Bytes())
}

func serveCSS(w http.ResponseWriter, r *http.Request) {
	data, _ := files.ReadFile("workbench.css")
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	http.ServeContent(w, r, "workbench.css", time.Time{}, bytes.NewReader(data))
}

// diffLine is one line of a unified diff with its kind, for colouring:
// "add", "del", "hunk", "meta" or "" for context.
type diffLine struct{ Kind, Text string }

func diffLines(diff string) []diffLine {
	var out []diffLine
	meta := true // the header lines before the first hunk
	for _, l := range strings.Split(strings.TrimSuffix(diff, "\n"), "\n") {
		kind := ""
		switch {
		case strings.HasPrefix(l, "@@"):
			kind, meta = "hunk", false
		case strings.HasPrefix(l, "diff --git"):
			kind, meta = "meta", true
		case meta:
			kind = "meta"
		case strings.HasPrefix(l, "+"):
			kind = "add"
		case strings.HasPrefix(l, "-"):
			kind = "del"
		}
		out = append(out, diffLine{kind, l})
	}
	return out
}

// pageLink is one entry of a list's pager.
type pageLink struct {
	N            int
	URL          string
	Current, Gap bool
}

// pager links the pages of a list of pages pages: the first, the last and
// two around the current one, gaps between; nil for a one-page list.
func pager(url func(int) string, current, pages int) []pageLink {
	if pages <= 1 {
		return nil
	}
	var out []pageLink
	for n := 1; n <= pages; n++ {
		switch {
		case n == 1 || n == pages || n >= current-2 && n <= current+2:
			out = append(out, pageLink{N: n, URL: url(n), Current: n == current})
		case len(out) > 0 && !out[len(out)-1].Gap:
			out = append(out, pageLink{Gap: true})
		}
	}
	return out
}
