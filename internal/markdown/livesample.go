package markdown

import (
	"fmt"
	"html"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/macro"
)

// File is a file a page needs beside it in the output: a live sample's
// page, stylesheet or script. Name is relative to the page's folder.
type File struct {
	Name string
	Data []byte
}

// A live sample runs the HTML, CSS and JavaScript code blocks of a
// section in a frame, as on MDN. doku builds it at build time as its own
// page beside the page (_sample_.<id>.html with a .css and a .js file), so
// it works offline, from file://, and under a Content-Security-Policy of
// default-src 'self': nothing inline, nothing from another host.

// buildLiveSamples builds the samples the page's calls asked for, now
// that heading IDs are known, and puts each frame where its call stood.
func buildLiveSamples(doc ast.Node, src []byte, st *state, samples []macro.LiveSample) []File {
	if len(samples) == 0 {
		return nil
	}
	pg := collectSampleSources(doc, src, samples)
	var files []File
	done := map[string]bool{}
	repl := map[string]string{}
	for _, s := range samples {
		id, blocks, problem := pg.find(s)
		if problem != "" {
			// MDN shows an empty frame here; doku shows nothing (a link's
			// text alone) and says why.
			call := "EmbedLiveSample"
			if s.Link != "" {
				call = "LiveSampleLink"
			}
			st.report.Flaw(s.Offset, diag.LiveSample, "give the ID of a heading on this page, as in its link, or mark the code blocks live-sample___"+id,
				call+"(\""+s.ID+"\"): "+problem)
			repl[s.Marker()] = s.Link
			continue
		}
		name := "_sample_." + fileID(id)
		label := strings.ReplaceAll(strings.TrimPrefix(s.ID, "#"), "_", " ")
		if label == "" {
			label = st.env.Page.Meta.Title
		}
		title := st.env.L.T("Embed.LiveSample", "Name", label)
		if !done[name] {
			done[name] = true
			files = append(files, samplePage(name, title, st.env.Page.Locale, blocks)...)
		}
		if s.Link != "" {
			repl[s.Marker()] = `<a class="live-sample-link" href="` + name + `.html">` + s.Link + `</a>`
			continue
		}
		var b strings.Builder
		b.WriteString(`<div class="live-sample"><iframe class="sample-code-frame" src="` + name + `.html" title="` + html.EscapeString(title) + `"`)
		if s.Width != "" {
			b.WriteString(` width="` + html.EscapeString(s.Width) + `"`)
		}
		if s.Height != "" {
			b.WriteString(` height="` + html.EscapeString(s.Height) + `"`)
		}
		b.WriteString(` loading="lazy"></iframe></div>`)
		repl[s.Marker()] = b.String()
	}
	replaceMarkers(doc, repl)
	return files
}

// samplePage writes the sample's page and, where there is code for them,
// its stylesheet and script.
func samplePage(name, title, lang string, blocks []codeBlock) []File {
	var body, css, js strings.Builder
	for _, b := range blocks {
		switch b.lang {
		case "html":
			body.WriteString(b.code)
		case "css":
			css.WriteString(b.code)
		case "js":
			js.WriteString(b.code)
		}
	}
	var page strings.Builder
	page.WriteString("<!DOCTYPE html>\n<html lang=\"" + html.EscapeString(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n" +
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + html.EscapeString(title) + "</title>\n")
	files := []File{{Name: name + ".html"}}
	if css.Len() > 0 {
		page.WriteString("<link rel=\"stylesheet\" href=\"" + name + ".css\">\n")
		files = append(files, File{Name: name + ".css", Data: []byte(css.String())})
	}
	page.WriteString("</head>\n<body>\n" + body.String())
	if js.Len() > 0 {
		page.WriteString("<script src=\"" + name + ".js\"></script>\n")
		files = append(files, File{Name: name + ".js", Data: []byte(js.String())})
	}
	page.WriteString("</body>\n</html>\n")
	files[0].Data = []byte(page.String())
	return files
}

// fileID makes a sample's ID safe as a file name: letters, digits, '-'
// and '_' stay (lower-cased), anything else is written as its code point.
func fileID(id string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(id) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, "~%x", r)
		}
	}
	return b.String()
}

// replaceMarkers puts each sample's output where its call rendered a
// marker: in a call node, or in a raw HTML block the call stood in.
func replaceMarkers(doc ast.Node, repl map[string]string) {
	r := func(s string) string {
		for m, out := range repl {
			s = strings.Replace(s, m, out, 1)
		}
		return s
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *macro.CallNode:
			n.HTML = r(n.HTML)
		case *macro.BlockCallNode:
			n.HTML = r(n.HTML)
		case *macro.HTMLNode:
			n.HTML = r(n.HTML)
		}
		return ast.WalkContinue, nil
	})
}
