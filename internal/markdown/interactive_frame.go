package markdown

import (
	"html"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// The theme's static files an interactive example's frame loads: its
// base style, the script that applies a choice, the console shim, the
// script that compiles WebAssembly text and the compiler it uses.
const (
	assetFrameCSS = "ix-frame.css"
	assetChoiceJS = "ix-choice.js"
	assetConsole  = "ix-console.js"
	assetWAT      = "ix-wat.js"
	// AssetWATCompiler and AssetWATLicense are the names the data
	// folder's compiler (refdata.WATCompilerFile) and its license get
	// among the static files.
	AssetWATCompiler = "watify.js"
	AssetWATLicense  = "watify-LICENSE.txt"
)

// interactiveFrame writes the page that runs an example, named after
// n.Frame, and its stylesheet and script where there is code for them.
// The example's HTML, CSS and JavaScript are each joined in page order,
// as MDN joins them. The page refers to the theme's files through asset
// (nil: none are linked, as in tests without a theme); a file the theme
// lacks is left out and returned as the error.
func interactiveFrame(n *InteractiveExample, src []byte, lang string, asset func(string) (string, error)) ([]File, error) {
	code := map[string]*strings.Builder{"html": {}, "css": {}, "js": {}, "wat": {}}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		cb, ok := c.(*ast.FencedCodeBlock)
		if !ok {
			continue
		}
		b := code[fencedCodeInfo(cb, src).Lang]
		if b == nil {
			continue
		}
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
			b.WriteByte('\n')
		}
		b.Write(cb.Lines().Value(src))
	}
	var firstErr error
	link := func(name string) string {
		if asset == nil {
			return ""
		}
		u, err := asset(name)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		return u
	}
	var page strings.Builder
	wat := code["wat"].String()
	page.WriteString("<!DOCTYPE html>\n<html lang=\"" + html.EscapeString(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n")
	if wat != "" {
		page.WriteString(watPolicy)
	}
	page.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + html.EscapeString(n.FrameTitle) + "</title>\n")
	if u := link(assetFrameCSS); u != "" {
		page.WriteString("<link rel=\"stylesheet\" href=\"" + html.EscapeString(u) + "\">\n")
	}
	files := []File{{Name: n.Frame + ".html"}}
	if css := code["css"].String(); css != "" {
		page.WriteString("<link rel=\"stylesheet\" href=\"" + n.Frame + ".css\">\n")
		files = append(files, File{Name: n.Frame + ".css", Data: []byte(css)})
	}
	if n.Template == "console" {
		// Before the example's script, so that console is caught from
		// its first line.
		if u := link(assetConsole); u != "" {
			page.WriteString("<script src=\"" + html.EscapeString(u) + "\"></script>\n")
		}
	}
	page.WriteString("</head>\n<body class=\"ix-" + n.Template + "\"")
	if len(n.Choices) > 0 {
		page.WriteString(" data-choice=\"" + html.EscapeString(n.Choices[0]) + "\"")
	}
	page.WriteString(">\n" + code["html"].String())
	if n.Template == "choices" {
		if u := link(assetChoiceJS); u != "" {
			page.WriteString("<script src=\"" + html.EscapeString(u) + "\"></script>\n")
		}
	}
	switch js := code["js"].String(); {
	case wat != "":
		page.WriteString(watRunner(n.Frame, wat, js != "", link))
		if js != "" {
			files = append(files, File{Name: n.Frame + ".js", Data: []byte(watScript(n.Frame, js))})
		}
	case js != "":
		page.WriteString("<script src=\"" + n.Frame + ".js\"></script>\n")
		files = append(files, File{Name: n.Frame + ".js", Data: []byte(js)})
	}
	page.WriteString("</body>\n</html>\n")
	files[0].Data = []byte(page.String())
	return files, firstErr
}
