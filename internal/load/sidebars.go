package load

import (
	"bytes"
	"errors"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/locale"

	"go.yaml.in/yaml/v3"
)

// SidebarsDir is the folder of MDN's named sidebars in a content tree,
// beside the locale folders: one <name>.yaml each (cssref.yaml), named
// by a page's sidebar: front matter or by a sidebar macro.
const SidebarsDir = content.MDNSidebarsDir

// Sidebar is one sidebars/<name>.yaml: its entries, and the titles of its
// entries in each locale (its l10n section), keyed as the entries'
// title values are.
type Sidebar struct {
	Name    string
	Entries []SidebarEntry
	Titles  map[string]map[string]string
}

// Title is what an entry's title key reads as in loc: the locale's text,
// else en-US's, else the key itself (MDN writes plain titles as keys too).
func (s *Sidebar) Title(key, loc string) string {
	if t, ok := s.Titles[loc][key]; ok {
		return t
	}
	if t, ok := s.Titles[locale.Source][key]; ok {
		return t
	}
	return key
}

// SidebarEntryKind is what an entry of a sidebar file makes.
type SidebarEntryKind int

const (
	// EntryLink is a link (a plain slug string, or an entry with link:),
	// or a title alone; either may hold children.
	EntryLink SidebarEntryKind = iota
	// EntrySection is a heading-like entry (type: section).
	EntrySection
	// EntrySubPages lists the pages below Path (type: listSubPages).
	EntrySubPages
	// EntrySubPagesGrouped lists them grouped by the prefix of their
	// titles up to the first dash (type: listSubPagesGrouped).
	EntrySubPagesGrouped
	// EntryWebExtAPI lists the WebExtension APIs (type: webExtApi).
	EntryWebExtAPI
)

// Details says whether an entry folds its children: not at all, closed
// or open (a folded entry is opened anyway around the current page).
type Details int

const (
	DetailsNone Details = iota
	DetailsClosed
	DetailsOpen
)

// SidebarEntry is one entry of a sidebar file. Link and Path are slugs
// without the leading slash ("Web/CSS"); Title is a key of the file's
// titles.
type SidebarEntry struct {
	Pos      diag.Pos
	Kind     SidebarEntryKind
	Link     string
	Hash     string
	Title    string
	Details  Details
	Code     bool
	Children []SidebarEntry
	// Path, Tags (page types), Depth (0: every level), Nested and
	// IncludeParent are those of the sub-page lists.
	Path          string
	Tags          []string
	Depth         int
	Nested        bool
	IncludeParent bool
}

// NavFile is the navigation of a site of its own, beside the locale
// folders of its content tree: a sidebar file in MDN's format shown on
// every page that shows no other sidebar (see Model.Nav).
const NavFile = "sidebar.yaml"

// loadNav reads the tree's NavFile; nil when it has none or it cannot
// be read, which is reported.
func loadNav(fsys fs.FS, contentName string, strict bool, dc *diag.Collector) *Sidebar {
	src, err := fs.ReadFile(fsys, NavFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	r := &sidebarReader{file: path.Join(contentName, NavFile), strict: strict, dc: dc}
	if err != nil {
		r.report(diag.Pos{File: r.file}, "check the file's permissions", "cannot read: %v", err)
		return nil
	}
	return r.parse("sidebar", src)
}

// loadSidebars reads every sidebars/*.yaml of the content tree; a file
// that cannot be read or parsed is left out, an entry doku does not
// understand is left out of its sidebar, each reported where it stands.
func loadSidebars(fsys fs.FS, contentName string, strict bool, dc *diag.Collector) map[string]*Sidebar {
	files, err := fs.Glob(fsys, SidebarsDir+"/*.yaml")
	if err != nil || len(files) == 0 {
		return nil
	}
	sort.Strings(files)
	out := map[string]*Sidebar{}
	for _, f := range files {
		r := &sidebarReader{file: path.Join(contentName, f), strict: strict, dc: dc}
		src, err := fs.ReadFile(fsys, f)
		if err != nil {
			r.report(diag.Pos{File: r.file}, "check the file's permissions", "cannot read: %v", err)
			continue
		}
		name := strings.ToLower(strings.TrimSuffix(path.Base(f), ".yaml"))
		if sb := r.parse(name, src); sb != nil {
			out[name] = sb
		}
	}
	return out
}

// sidebarReader parses one sidebar file, reporting at its positions.
type sidebarReader struct {
	file   string
	strict bool
	dc     *diag.Collector
}

const sidebarHint = "entries are a slug string or a mapping of type, link, title, path, tags, depth, details, children (see MDN's files/sidebars)"

func (r *sidebarReader) at(n *yaml.Node) diag.Pos {
	return diag.Pos{File: r.file, Line: n.Line, Col: n.Column}
}

// report is a flaw: MDN's files hold the odd mistake, and a broken entry
// should not stop a site from building.
func (r *sidebarReader) report(pos diag.Pos, hint, format string, args ...any) {
	report := r.dc.Warnf
	if r.strict {
		report = r.dc.Errorf
	}
	report(pos, diag.SidebarFile, hint, format, args...)
}

var (
	yamlLine       = regexp.MustCompile(`line (\d+)`)
	yamlLinePrefix = regexp.MustCompile(`^yaml: (line \d+: )?`)
)

// firstBadLine is the first line at which src stops being YAML: yaml's
// own line is where it gave up, often the start of an unclosed list far
// from the mistake. Files of more than maxProbedLines lines are not
// probed (each probe parses again).
func firstBadLine(src []byte, err error) int {
	lines := bytes.SplitAfter(src, []byte("\n"))
	if len(lines) <= maxProbedLines {
		for n := 1; n <= len(lines); n++ {
			var doc yaml.Node
			if yaml.Unmarshal(bytes.Join(lines[:n], nil), &doc) != nil {
				return n
			}
		}
	}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 1
}

const maxProbedLines = 2000

func (r *sidebarReader) parse(name string, src []byte) *Sidebar {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		pos := diag.Pos{File: r.file, Line: firstBadLine(src, err)}
		r.report(pos, "YAML syntax: key: value, lists of '- ' items", "%s; the sidebar is left out", yamlLinePrefix.ReplaceAllString(err.Error(), ""))
		return nil
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		r.report(diag.Pos{File: r.file, Line: 1, Col: 1}, "the file is a mapping with sidebar: and l10n:", "not a mapping; the sidebar is left out")
		return nil
	}
	sb := &Sidebar{Name: name, Titles: map[string]map[string]string{}}
	top := doc.Content[0]
	seen := false
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		switch k.Value {
		case "sidebar":
			seen = true
			sb.Entries = r.entries(v)
		case "l10n":
			r.titles(sb, v)
		default:
			r.report(r.at(k), "a sidebar file has the keys sidebar and l10n", "unknown key %q", k.Value)
		}
	}
	if !seen {
		r.report(diag.Pos{File: r.file, Line: 1, Col: 1}, "list the entries under sidebar:", "no sidebar: key; the sidebar is empty")
	}
	return sb
}

func (r *sidebarReader) titles(sb *Sidebar, n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		r.report(r.at(n), "l10n: holds one mapping per locale: de: {Key: Text}", "l10n is not a mapping")
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		loc, m := n.Content[i], n.Content[i+1]
		var titles map[string]string
		if err := m.Decode(&titles); err != nil {
			r.report(r.at(m), "write one 'Key: text' per line", "titles of %s: %v", loc.Value, err)
			continue
		}
		sb.Titles[loc.Value] = titles
	}
}

func (r *sidebarReader) entries(n *yaml.Node) []SidebarEntry {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		r.report(r.at(n), sidebarHint, "want a list of entries")
		return nil
	}
	var out []SidebarEntry
	for _, c := range n.Content {
		if e, ok := r.entry(c); ok {
			out = append(out, e)
		}
	}
	return out
}

var entryKinds = map[string]SidebarEntryKind{
	"section": EntrySection, "listSubPages": EntrySubPages,
	"listSubPagesGrouped": EntrySubPagesGrouped, "webExtApi": EntryWebExtAPI,
}

func (r *sidebarReader) entry(n *yaml.Node) (SidebarEntry, bool) {
	e := SidebarEntry{Pos: r.at(n), Depth: 1}
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Value == "" {
			return e, false
		}
		e.Link = slugOf(n.Value)
		return e, true
	case yaml.MappingNode:
	default:
		r.report(e.Pos, sidebarHint, "an entry is a slug or a mapping")
		return e, false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if !r.field(&e, n.Content[i], n.Content[i+1]) {
			return e, false
		}
	}
	if (e.Kind == EntrySubPages || e.Kind == EntrySubPagesGrouped) && e.Path == "" {
		r.report(e.Pos, "name the folder whose pages are listed: path: /Web/CSS/Guides", "a sub-page list needs path:; the entry is left out")
		return e, false
	}
	return e, true
}

// field reads one key of an entry into e; false if the entry is to be
// left out.
func (r *sidebarReader) field(e *SidebarEntry, k, v *yaml.Node) bool {
	str := func() (string, bool) {
		if v.Kind != yaml.ScalarNode {
			r.report(r.at(v), sidebarHint, "%s: want text", k.Value)
			return "", false
		}
		return v.Value, true
	}
	flag := func(dst *bool) bool {
		if err := v.Decode(dst); err != nil {
			r.report(r.at(v), "write true or false", "%s: %v", k.Value, errors.Unwrap(err))
			return false
		}
		return true
	}
	ok := true
	switch k.Value {
	case "type":
		var t string
		if t, ok = str(); ok {
			kind, known := entryKinds[t]
			if !known {
				r.report(r.at(v), "types are section, listSubPages, listSubPagesGrouped, webExtApi", "unknown entry type %q; the entry is left out", t)
				return false
			}
			e.Kind = kind
		}
	case "link":
		var s string
		s, ok = str()
		e.Link = slugOf(s)
	case "path":
		var s string
		s, ok = str()
		e.Path = slugOf(s)
	case "title":
		e.Title, ok = str()
	case "hash":
		e.Hash, ok = str()
	case "details":
		var s string
		if s, ok = str(); ok {
			switch s {
			case "closed":
				e.Details = DetailsClosed
			case "open":
				e.Details = DetailsOpen
			default:
				r.report(r.at(v), "details: closed or details: open", "details: unknown value %q", s)
			}
		}
	case "code":
		ok = flag(&e.Code)
	case "nested":
		ok = flag(&e.Nested)
	case "includeParent":
		ok = flag(&e.IncludeParent)
	case "depth":
		if err := v.Decode(&e.Depth); err != nil || e.Depth < 0 {
			r.report(r.at(v), "a whole number of levels; 0 for all", "depth: want a number, not %q", v.Value)
			e.Depth = 1
		}
	case "tags":
		if v.Kind == yaml.ScalarNode {
			e.Tags = []string{v.Value}
		} else if err := v.Decode(&e.Tags); err != nil {
			r.report(r.at(v), "a page type or a list of them", "tags: %v", errors.Unwrap(err))
		}
	case "children":
		e.Children = r.entries(v)
	default:
		r.report(r.at(k), sidebarHint, "unknown key %q; ignored", k.Value)
	}
	return ok
}

// slugOf turns an MDN path ("/Web/CSS", "/en-US/docs/Web/CSS") into a
// slug ("Web/CSS").
func slugOf(p string) string {
	p = strings.TrimPrefix(p, "/")
	if _, rest, ok := strings.Cut(p, "/docs/"); ok && !strings.Contains(p[:strings.Index(p, "/docs/")], "/") {
		p = rest
	}
	return strings.TrimSuffix(p, "/")
}
