package markdown

import (
	"html"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/macro"
)

// MDN's interactive examples are a call, {{InteractiveExample("CSS Demo:
// border-style")}}, followed by fenced blocks flagged interactive-example
// (the example's HTML, CSS and JavaScript) and, for CSS properties,
// interactive-example-choice (declarations the reader picks from). MDN's
// renderer (rari) puts a "Try it" heading and an <interactive-example>
// element where the call stands; MDN's page shell (fred) gathers the
// blocks of that section into an editor and runs them on another host.
//
// doku builds the same at build time, as it builds live samples: the
// heading, then a figure with the code highlighted and a frame that runs
// it, a page of its own beside the page (_ix_.<n>.html with a .css and a
// .js file) that loads only files of the output. So it runs offline, from
// file://, and under a Content-Security-Policy of default-src 'self'.
// Which figure a page gets follows fred's choice of template:
//
//   - choices, when there are choice blocks: the choices as buttons, the
//     frame applying the pressed one to #example-element (the theme's
//     interactive.js posts it; the frame's ix-choice.js applies it; the
//     first applies without either), the HTML and CSS behind a summary;
//   - console, when the code is JavaScript alone (or JavaScript with
//     WebAssembly text): the code, and the frame showing what the script
//     writes to the console (ix-console.js);
//   - tabbed otherwise: the code, and the frame showing the result.
//
// WebAssembly text is compiled in the frame, as MDN compiles it, by the
// data folder's compiler (interactive_wat.go); without one such an
// example shows its code without a frame, and is reported as pending.

// FramePrefix begins the name of every interactive example's frame page
// (_ix_.<n>.html), for servers that give those pages a policy of their
// own (they may compile WebAssembly).
const FramePrefix = "_ix_."

// The info-string flags of an interactive example's blocks.
const (
	flagInteractive       = "interactive-example"
	flagInteractiveChoice = "interactive-example-choice"
)

// KindInteractiveExample is the goldmark node kind of an interactive example.
var KindInteractiveExample = ast.NewNodeKind("InteractiveExample")

// InteractiveExample is an interactive example built into the page: its
// children are the code blocks it shows.
type InteractiveExample struct {
	ast.BaseBlock
	// Title is the example's name; Height MDN's height class, checked.
	Title, Height string
	// Template is "tabbed", "console" or "choices".
	Template string
	// Choices are the code of the choice blocks, in order.
	Choices []string
	// Frame is the file name of the page that runs the example, beside
	// the page; "" when the example cannot run.
	Frame string
	// Labels in the page's language: the frame's title, the choices'
	// group and the summary over a choice example's code.
	FrameTitle, ChoicesLabel, CodeLabel string
}

// Kind implements ast.Node.
func (n *InteractiveExample) Kind() ast.NodeKind { return KindInteractiveExample }

// Dump implements ast.Node.
func (n *InteractiveExample) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Title": n.Title, "Template": n.Template, "Frame": n.Frame}, nil)
}

// buildInteractiveExamples builds the examples the page's calls asked
// for where the calls stood, and returns the files their frames need.
// It runs before heading IDs are given, so "Try it" gets its ID as any
// heading does.
func buildInteractiveExamples(doc ast.Node, src []byte, st *state, exs []macro.InteractiveExample) []File {
	if len(exs) == 0 {
		return nil
	}
	holders := markerHolders(doc, exs)
	var files []File
	frames := 0
	for _, ex := range exs {
		holder := holders[ex.Marker()]
		if holder == nil {
			continue // the call stood inside a tag: nothing can stand there
		}
		node := gatherExample(holder, src, ex)
		if !node.HasChildren() && len(node.Choices) == 0 {
			st.report.Flaw(ex.Offset, diag.Macro, "put the example's code after the call, in blocks such as ```html interactive-example",
				"InteractiveExample: no interactive-example code block follows the call; nothing is shown, as on MDN")
			continue
		}
		l := st.env.L
		heading := ast.NewHeading(2)
		heading.AppendChild(heading, ast.NewString([]byte(l.T("Embed.TryIt"))))
		holder.Parent().InsertAfter(holder.Parent(), holder, heading)
		heading.Parent().InsertAfter(heading.Parent(), heading, node)
		title := node.Title
		if title == "" {
			title = st.env.Page.Meta.Title
		}
		node.FrameTitle = l.T("Embed.InteractiveFrame", "Title", title)
		if node.Template == "choices" {
			node.ChoicesLabel, node.CodeLabel = l.T("Embed.Choices"), l.T("Embed.ExampleCode")
		}
		if node.runsWAT(src) && !st.env.Data.HasWATCompiler() {
			st.report.Pending(ex.Offset, "InteractiveExample: the example is WebAssembly text and the data folder has no compiler for it "+
				"(make mdn-data puts one there; pass the folder with -data): its code is shown without a frame")
			continue
		}
		frames++
		node.Frame = FramePrefix + strconv.Itoa(frames)
		frame, err := interactiveFrame(node, src, st.env.Page.Locale, st.env.Asset)
		if err != nil {
			st.report.Flaw(ex.Offset, diag.Macro, "", "InteractiveExample: "+err.Error())
		}
		files = append(files, frame...)
		node.Frame += ".html"
	}
	return files
}

// markerHolders finds the block each example's marker stands in, and
// takes the marker out.
func markerHolders(doc ast.Node, exs []macro.InteractiveExample) map[string]ast.Node {
	holders := map[string]ast.Node{}
	take := func(s *string, block ast.Node) {
		for _, ex := range exs {
			if m := ex.Marker(); strings.Contains(*s, m) {
				*s = strings.Replace(*s, m, "", 1)
				holders[m] = block
			}
		}
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *macro.CallNode:
			block := n.Parent()
			for block != nil && block.Type() != ast.TypeBlock {
				block = block.Parent()
			}
			take(&n.HTML, block)
		case *macro.BlockCallNode:
			take(&n.HTML, n)
		case *macro.HTMLNode:
			take(&n.HTML, n)
		}
		return ast.WalkContinue, nil
	})
	return holders
}

// gatherExample moves the example's blocks, those after holder up to the
// next heading, into a new example node.
func gatherExample(holder ast.Node, src []byte, ex macro.InteractiveExample) *InteractiveExample {
	node := &InteractiveExample{Title: html.UnescapeString(ex.Title), Height: heightClass(ex.Height)}
	var langs []string
	var next ast.Node
	for sib := holder.NextSibling(); sib != nil; sib = next {
		next = sib.NextSibling()
		if _, ok := sib.(*ast.Heading); ok {
			break
		}
		cb, ok := sib.(*ast.FencedCodeBlock)
		if !ok {
			continue
		}
		info := fencedCodeInfo(cb, src)
		switch {
		case info.has(flagInteractiveChoice):
			node.Choices = append(node.Choices, strings.TrimSpace(string(cb.Lines().Value(src))))
			sib.Parent().RemoveChild(sib.Parent(), sib)
		case info.has(flagInteractive):
			sib.Parent().RemoveChild(sib.Parent(), sib)
			node.AppendChild(node, sib)
			if !contains(langs, info.Lang) {
				langs = append(langs, info.Lang)
			}
		}
	}
	switch {
	case len(node.Choices) > 0:
		node.Template = "choices"
	case len(langs) == 1 && langs[0] == "js" || contains(langs, "js") && contains(langs, "wat"):
		node.Template = "console"
	default:
		node.Template = "tabbed"
	}
	return node
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// heightClass keeps a height class that can stand in a class attribute.
func heightClass(h string) string {
	for _, r := range h {
		if (r < 'a' || r > 'z') && r != '-' {
			return ""
		}
	}
	return h
}

// runsWAT says whether the example holds WebAssembly text.
func (n *InteractiveExample) runsWAT(src []byte) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if cb, ok := c.(*ast.FencedCodeBlock); ok && fencedCodeInfo(cb, src).Lang == "wat" {
			return true
		}
	}
	return false
}

type interactiveRenderer struct{}

func (interactiveRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindInteractiveExample, renderInteractive)
}

func renderInteractive(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	ex := n.(*InteractiveExample)
	if !entering {
		if ex.Template == "choices" {
			_, _ = w.WriteString("</details>\n")
		} else {
			_, _ = w.WriteString("</div>\n")
		}
		if ex.Frame != "" {
			_, _ = w.WriteString(`<iframe class="ix-frame" src="` + html.EscapeString(ex.Frame) + `" title="` +
				html.EscapeString(ex.FrameTitle) + `" loading="lazy"></iframe>` + "\n")
		}
		_, _ = w.WriteString("</figure>\n")
		return ast.WalkContinue, nil
	}
	class := "interactive-example ix-" + ex.Template
	if ex.Height != "" {
		class += " ix-h-" + ex.Height
	}
	_, _ = w.WriteString(`<figure class="` + class + `">` + "\n")
	if ex.Title != "" {
		_, _ = w.WriteString("<figcaption>" + html.EscapeString(ex.Title) + "</figcaption>\n")
	}
	if ex.Template != "choices" {
		_, _ = w.WriteString(`<div class="ix-code">` + "\n")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString(`<div class="ix-choices" role="group" aria-label="` + html.EscapeString(ex.ChoicesLabel) + `">` + "\n")
	for i, c := range ex.Choices {
		_, _ = w.WriteString(`<button type="button" class="ix-choice" aria-pressed="` + strconv.FormatBool(i == 0) +
			`" data-choice="` + html.EscapeString(c) + `"><code class="chroma language-css">`)
		_, _ = w.Write(highlight(codeCacheOf(n), "css", c))
		_, _ = w.WriteString("</code></button>\n")
	}
	_, _ = w.WriteString("</div>\n<details class=\"ix-source\"><summary>" + html.EscapeString(ex.CodeLabel) + "</summary>\n")
	return ast.WalkContinue, nil
}
