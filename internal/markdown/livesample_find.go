package markdown

import (
	"maps"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/doku-docs/doku/internal/macro"
)

// Finding a live sample's code follows MDN's renderer (rari), in order:
//
//  1. code blocks marked live-sample___<id>, anywhere on the page;
//  2. else the element whose ID is <id>: a heading's section (its
//     subsections included), or, for any other element, the code inside
//     it (a definition list's term holds none);
//  3. else, when no element has that ID, the section of the closest
//     heading of level 1 to 3 above the call: a translated page keeps the
//     English ID in its calls while its headings, and so their IDs, are
//     translated;
//  4. a heading's section without any code block gives way to the
//     closest heading of a higher level (1 to 3) above it.
//
// Nothing found leaves MDN's frame empty; doku shows nothing and reports
// where. MDN ignores the call's further arguments (a screenshot, a page
// path, a class): a sample always comes from its own page.

// codeBlock is a fenced code block of a sample language, with the heading
// it stands under.
type codeBlock struct {
	lang    string // "html", "css" or "js"
	classes []string
	code    string
}

// section is a heading and what follows it up to the next heading.
type section struct {
	level  int
	id     string
	blocks []codeBlock
	// hasCode says the section holds a code block of any language (or a
	// <pre> in raw HTML): rari stops climbing to a parent heading there.
	hasCode bool
	// markers are the markers of the sample calls that stand in it.
	markers []string
}

// samplePlaces is what a page offers its live samples: its sections in
// order (the first, of level 0, is what comes before any heading) and the
// IDs of elements other than headings, with the code inside each.
type samplePlaces struct {
	sections []section
	otherIDs map[string][]codeBlock
	// usedIDs are the IDs calls went by so far.
	usedIDs map[string]bool
}

// sampleID is the ID a call names as MDN reads it: made from the
// argument as a heading's ID is made from its text, so "Basic example",
// "Basic_example" and "#basic_example" name the same section.
func sampleID(arg string) string { return HeadingID(arg) }

// collectSampleSources lists the document's sections with their code
// blocks and the sample calls in them.
func collectSampleSources(doc ast.Node, src []byte, samples []macro.LiveSample) *samplePlaces {
	pg := &samplePlaces{sections: []section{{}}, otherIDs: map[string][]codeBlock{}, usedIDs: map[string]bool{}}
	last := func() *section { return &pg.sections[len(pg.sections)-1] }
	placeCalls := func(html string) {
		for _, s := range samples {
			if m := s.Marker(); strings.Contains(html, m) {
				last().markers = append(last().markers, m)
			}
		}
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			id, _ := n.AttributeString("id")
			idb, _ := id.([]byte)
			pg.sections = append(pg.sections, section{level: n.Level, id: string(idb)})
			return ast.WalkSkipChildren, nil
		case *DefinitionTerm:
			if _, ok := pg.otherIDs[n.ID]; !ok {
				pg.otherIDs[n.ID] = nil
			}
		case *ast.CodeBlock:
			last().hasCode = true
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock:
			last().hasCode = true
			if b, ok := sampleBlock(n, src); ok {
				last().blocks = append(last().blocks, b)
			}
			return ast.WalkSkipChildren, nil
		case *macro.CallNode:
			placeCalls(n.HTML)
		case *macro.BlockCallNode:
			placeCalls(n.HTML)
		case *macro.HTMLNode:
			placeCalls(n.HTML)
			pg.addRaw(readRawCode(n.HTML))
		case *ast.HTMLBlock:
			pg.addRaw(readRawCode(string(rawLines(n, src))))
		}
		return ast.WalkContinue, nil
	})
	return pg
}

// addRaw adds the code of a raw HTML block to the current section, and
// the IDs it holds.
func (pg *samplePlaces) addRaw(rc rawCode) {
	last := &pg.sections[len(pg.sections)-1]
	last.hasCode = last.hasCode || rc.hasPre
	last.blocks = append(last.blocks, rc.blocks...)
	for id, blocks := range rc.byID {
		if _, ok := pg.otherIDs[id]; !ok {
			pg.otherIDs[id] = blocks
		}
	}
}

// rawLines is the text of a raw HTML block.
func rawLines(n *ast.HTMLBlock, src []byte) []byte {
	var b []byte
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		b = append(b, seg.Value(src)...)
	}
	if n.HasClosure() {
		seg := n.ClosureLine
		b = append(b, seg.Value(src)...)
	}
	return b
}

// sampleBlock is a fenced block of HTML, CSS or JavaScript with its code.
func sampleBlock(n *ast.FencedCodeBlock, src []byte) (codeBlock, bool) {
	// The info string is read as for highlighting: html-nolint is HTML.
	// MDN takes the three names as written: a "javascript" block is not
	// the sample's script.
	info := fencedCodeInfo(n, src)
	lang := info.Lang
	if lang != "html" && lang != "css" && lang != "js" {
		return codeBlock{}, false
	}
	return codeBlock{lang: lang, classes: info.Flags, code: string(n.Lines().Value(src))}, true
}

// find returns the code of sample s and the ID it goes by, or why there
// is none. A call that repeats an ID looks, as on MDN, for the ID with the
// next free suffix (examples_2, the second "Examples" heading) first.
func (pg *samplePlaces) find(s macro.LiveSample) (id string, blocks []codeBlock, problem string) {
	id = sampleID(s.ID)
	if blocks := pg.marked(id); len(blocks) > 0 {
		return id, blocks, ""
	}
	taken := pg.usedIDs
	if s.Link != "" {
		// A link names the sample EmbedLiveSample would frame; it puts
		// no element in the page, so it takes no ID of its own.
		taken = maps.Clone(taken)
	}
	id = uniqueID(taken, id)
	at := pg.sectionWithID(id)
	byID := at >= 0
	if !byID {
		if blocks, ok := pg.otherIDs[id]; ok {
			if len(blocks) == 0 {
				return id, nil, "the element with the ID " + id + " holds no code"
			}
			return id, blocks, ""
		}
		at = pg.closestHeading(pg.sectionOf(s.Marker()), 4)
	}
	for ; at >= 0; at = pg.closestHeading(at, pg.sections[at].level) {
		blocks, hasCode := pg.sectionCode(at)
		if !hasCode {
			continue
		}
		if len(blocks) == 0 {
			return id, nil, "the section #" + pg.sections[at].id + " has no HTML, CSS or JavaScript code block"
		}
		return id, blocks, ""
	}
	if byID {
		return id, nil, "the section #" + id + " holds no code block, nor does a section above it"
	}
	return id, nil, "no element has the ID " + id + " and no code block is marked live-sample___" + id +
		"; the section the call stands in holds no code block, nor does a section above it"
}

// marked returns the blocks marked live-sample___id anywhere on the page.
func (pg *samplePlaces) marked(id string) []codeBlock {
	var blocks []codeBlock
	for _, s := range pg.sections {
		for _, b := range s.blocks {
			for _, c := range b.classes {
				if strings.EqualFold(c, "live-sample___"+id) {
					blocks = append(blocks, b)
				}
			}
		}
	}
	return blocks
}

// sectionWithID is the index of the section whose heading has the ID, or -1.
func (pg *samplePlaces) sectionWithID(id string) int {
	for i, s := range pg.sections {
		if s.level > 0 && strings.EqualFold(s.id, id) {
			return i
		}
	}
	return -1
}

// sectionOf is the index of the section a call's marker stands in.
func (pg *samplePlaces) sectionOf(marker string) int {
	for i, s := range pg.sections {
		for _, m := range s.markers {
			if m == marker {
				return i
			}
		}
	}
	return 0
}

// closestHeading is the index of the closest section, from index from
// back, whose heading's level is 1 to 3 and below the level below; -1
// when there is none. Asked with below 4 from a call's section it is the
// heading above the call; asked with a heading's own level, its parent.
func (pg *samplePlaces) closestHeading(from, below int) int {
	for i := from; i > 0; i-- {
		if l := pg.sections[i].level; l <= 3 && l < below {
			return i
		}
	}
	return -1
}

// sectionCode gathers the sample blocks of section i and its subsections,
// and says whether any code block is among them.
func (pg *samplePlaces) sectionCode(i int) ([]codeBlock, bool) {
	head := pg.sections[i]
	var blocks []codeBlock
	hasCode := false
	for j, t := range pg.sections[i:] {
		if j > 0 && t.level <= head.level {
			break
		}
		blocks = append(blocks, t.blocks...)
		hasCode = hasCode || t.hasCode
	}
	return blocks, hasCode
}
