package gen

import (
	"math/rand/v2"
	"slices"
	"strings"
)

// kind is what a generated page documents; it decides its page type, front
// matter, sidebar and sections.
type kind int

const (
	kLanding kind = iota
	kAPIOverview
	kInterface
	kConstructor
	kProperty
	kMethod
	kEvent
	kGuide
	kJSObject
	kJSMethod
	kCSSProperty
	kHTMLElement
	kHTTPHeader
	kGlossary
)

var pageTypes = [...]string{
	kLanding:     "landing-page",
	kAPIOverview: "web-api-overview",
	kInterface:   "web-api-interface",
	kConstructor: "web-api-constructor",
	kProperty:    "web-api-instance-property",
	kMethod:      "web-api-instance-method",
	kEvent:       "web-api-event",
	kGuide:       "guide",
	kJSObject:    "javascript-class",
	kJSMethod:    "javascript-instance-method",
	kCSSProperty: "css-property",
	kHTMLElement: "html-element",
	kHTTPHeader:  "http-header",
	kGlossary:    "glossary-definition",
}

// spec is one page of the tree before its text is written.
type spec struct {
	kind  kind
	slug  string
	title string // English title
	short string // short title, or ""
	// name is what the page documents ("SensorEvent", "timeStamp", "margin").
	name string
	// ref is the macro argument that links to the page:
	// domxref("SensorEvent.timeStamp"), cssxref("margin"), ...
	ref string
	// group is the API group ("Sensor Cache API") for sidebars.
	group string
	// parent is the index of the page one level up in its family, or -1.
	parent int
	bcd    string
	specs  []string
	status []string
	// de says whether the page has a German translation.
	de bool
}

// catalog is every page of a tree, and the pages macros link to, by kind.
type catalog struct {
	pages  []spec
	byKind [kGlossary + 1][]int
	// children lists the pages whose parent is the page, by index.
	children [][]int
	seen     map[string]bool
}

func (c *catalog) add(s spec) int {
	c.pages = append(c.pages, s)
	i := len(c.pages) - 1
	c.byKind[s.kind] = append(c.byKind[s.kind], i)
	c.seen[strings.ToLower(s.slug)] = true
	return i
}

func (c *catalog) free(slug string) bool { return !c.seen[strings.ToLower(slug)] }

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// newCatalog draws n pages (n ≥ 1) in MDN's proportions: Web APIs about
// 62 %, JavaScript 10 %, CSS 9 %, HTML 5 %, HTTP 5 %, glossary 5 %,
// the rest guides; deShare of them (and every landing page) in German.
func newCatalog(r *rand.Rand, n int, deShare float64) *catalog {
	c := &catalog{seen: map[string]bool{}}
	landings := []struct{ slug, title string }{
		{"Web/API", "Web APIs"},
		{"Web/JavaScript/Reference/Global_Objects", "Standard built-in objects"},
		{"Web/CSS", "CSS reference"},
		{"Web/HTML/Element", "HTML elements reference"},
		{"Web/HTTP/Headers", "HTTP headers"},
		{"Glossary", "Glossary"},
	}
	for _, l := range landings {
		if len(c.pages) < n {
			c.add(spec{kind: kLanding, slug: l.slug, title: l.title, parent: -1})
		}
	}
	for len(c.pages) < n {
		switch x := r.Float64(); {
		case x < 0.62:
			c.apiFamily(r, n)
		case x < 0.72:
			c.jsFamily(r, n)
		case x < 0.81:
			c.single(r, kCSSProperty)
		case x < 0.86:
			c.single(r, kHTMLElement)
		case x < 0.91:
			c.single(r, kHTTPHeader)
		case x < 0.96:
			c.single(r, kGlossary)
		default:
			c.single(r, kGuide)
		}
	}
	c.pages = c.pages[:n]
	for i := range c.pages {
		c.pages[i].de = c.pages[i].kind == kLanding || r.Float64() < deShare
	}
	for k := range c.byKind {
		kept := c.byKind[k][:0]
		for _, i := range c.byKind[k] {
			if i < n {
				kept = append(kept, i)
			}
		}
		c.byKind[k] = kept
	}
	c.children = make([][]int, n)
	for i, p := range c.pages {
		if p.parent >= 0 {
			c.children[p.parent] = append(c.children[p.parent], i)
		}
	}
	return c
}

func camel(r *rand.Rand, parts int) string {
	var b strings.Builder
	for range parts {
		b.WriteString(pick(r, nameParts))
	}
	return b.String()
}

func lowerFirst(s string) string { return strings.ToLower(s[:1]) + s[1:] }

func memberName(r *rand.Rand, method bool) string {
	if method || r.IntN(3) == 0 {
		return pick(r, memberVerbs) + pick(r, nameParts)
	}
	return pick(r, memberNouns)
}

func kebab(r *rand.Rand, words []string, min, max int) string {
	n := min + r.IntN(max-min+1)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = pick(r, words)
	}
	return strings.Join(ws, "-")
}

func specURL(name string) []string {
	return []string{"https://spec.example.org/" + strings.ToLower(name) + "/"}
}

// apiFamily adds an API: an overview page, one to four interfaces with
// their members, and sometimes guides.
func (c *catalog) apiFamily(r *rand.Rand, n int) {
	base := camel(r, 1+r.IntN(2))
	group := base + " API"
	overview := "Web/API/" + base + "_API"
	if !c.free(overview) {
		return
	}
	status := func() []string {
		if r.IntN(8) == 0 {
			return []string{"experimental"}
		}
		if r.IntN(25) == 0 {
			return []string{"deprecated"}
		}
		return nil
	}
	ov := c.add(spec{kind: kAPIOverview, slug: overview, title: group, name: base, group: group, parent: -1, specs: specURL(base)})
	for range 1 + r.IntN(4) {
		iface := base + pick(r, ifaceSuffixes)
		if r.IntN(3) == 0 {
			iface = camel(r, 1) + iface
		}
		slug := "Web/API/" + iface
		if !c.free(slug) {
			continue
		}
		ist := status()
		ii := c.add(spec{kind: kInterface, slug: slug, title: iface, name: iface, ref: iface, group: group,
			parent: ov, bcd: "api." + iface, specs: specURL(iface), status: ist})
		// Members per interface are long-tailed: most have a handful, a few dozens.
		members := 1 + int(r.ExpFloat64()*7)
		if r.IntN(3) > 0 {
			c.member(r, ii, iface, group, kConstructor, iface, ist)
		}
		for range members {
			if len(c.pages) >= n {
				return
			}
			k := pick(r, []kind{kProperty, kProperty, kMethod, kMethod, kEvent})
			name := memberName(r, k == kMethod)
			if k == kEvent {
				name = strings.ToLower(pick(r, memberVerbs)+pick(r, memberNouns)) + "_event"
			}
			c.member(r, ii, iface, group, k, name, slices.Concat(ist, status()))
		}
	}
	for range r.IntN(3) {
		slug := overview + "/Using_" + strings.ToLower(pick(r, memberVerbs)) + "_" + strings.ToLower(pick(r, memberNouns))
		if c.free(slug) {
			c.add(spec{kind: kGuide, slug: slug, title: "Using the " + group, group: group, parent: ov})
		}
	}
}

func (c *catalog) member(r *rand.Rand, parent int, iface, group string, k kind, name string, status []string) {
	slug := "Web/API/" + iface + "/" + name
	if !c.free(slug) {
		return
	}
	s := spec{kind: k, slug: slug, name: name, group: group, parent: parent, status: status,
		bcd: "api." + iface + "." + name, specs: specURL(iface + "-" + name)}
	switch k {
	case kConstructor:
		s.title, s.short, s.ref = iface+": "+iface+"() constructor", iface+"()", iface+"."+iface+"()"
	case kProperty:
		s.title, s.short, s.ref = iface+": "+name+" property", name, iface+"."+name
	case kMethod:
		s.title, s.short, s.ref = iface+": "+name+"() method", name+"()", iface+"."+name+"()"
	case kEvent:
		ev := strings.TrimSuffix(name, "_event")
		s.title, s.short, s.ref = iface+": "+ev+" event", ev, iface+"."+name
	}
	c.add(s)
}

// jsFamily adds a built-in object and its methods.
func (c *catalog) jsFamily(r *rand.Rand, n int) {
	obj := camel(r, 1+r.IntN(2))
	base := "Web/JavaScript/Reference/Global_Objects/"
	if !c.free(base + obj) {
		return
	}
	oi := c.add(spec{kind: kJSObject, slug: base + obj, title: obj, name: obj, ref: obj, parent: -1,
		bcd: "javascript.builtins." + obj, specs: specURL("ecma-" + obj)})
	for range 2 + int(r.ExpFloat64()*8) {
		if len(c.pages) >= n {
			return
		}
		m := memberName(r, true)
		slug := base + obj + "/" + m
		if !c.free(slug) {
			continue
		}
		c.add(spec{kind: kJSMethod, slug: slug, title: obj + ".prototype." + m + "()", short: m + "()",
			name: m, ref: obj + ".prototype." + m + "()", parent: oi,
			bcd: "javascript.builtins." + obj + "." + m, specs: specURL("ecma-" + obj + "-" + m)})
	}
}

// single adds one page that belongs to no family.
func (c *catalog) single(r *rand.Rand, k kind) {
	var s spec
	switch k {
	case kCSSProperty:
		name := kebab(r, cssWords, 1, 3)
		s = spec{slug: "Web/CSS/" + name, title: name, name: name, ref: name, bcd: "css.properties." + name, specs: specURL("css-" + name)}
	case kHTMLElement:
		name := pick(r, htmlWords)
		if r.IntN(4) > 0 {
			name += pick(r, htmlWords)
		}
		s = spec{slug: "Web/HTML/Element/" + name, title: "<" + name + ">: the " + name + " element", short: "<" + name + ">",
			name: name, ref: name, bcd: "html.elements." + name, specs: specURL("html-" + name)}
	case kHTTPHeader:
		name := kebab(r, httpWords, 2, 3)
		s = spec{slug: "Web/HTTP/Headers/" + name, title: name + " header", short: name, name: name, ref: name,
			bcd: "http.headers." + name, specs: specURL("http-" + name)}
	case kGlossary:
		name := pick(r, glossaryWords)
		if r.IntN(2) == 0 {
			name += "_" + strings.ToLower(pick(r, glossaryWords))
		}
		title := strings.ReplaceAll(name, "_", " ")
		s = spec{slug: "Glossary/" + name, title: title, name: name, ref: title}
	case kGuide:
		name := pick(r, glossaryWords) + "_" + strings.ToLower(pick(r, enNouns)) + "s"
		s = spec{slug: "Learn/" + name, title: strings.ReplaceAll(name, "_", " "), name: name}
	}
	s.kind, s.parent = k, -1
	if c.free(s.slug) {
		c.add(s)
	}
}
