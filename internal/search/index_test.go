package search

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const codePage = `<p>The read-only <strong><code>code</code></strong> property of <a href="../index.html"><code>CloseEvent</code></a> holds the close code.</p>
<h2 id="value">Value</h2>
<p>An <code>unsigned short</code>.</p>
<div class="table-scroll"><table><caption>Close codes</caption><thead><tr><th>Code</th><th>Name</th><th>Constant</th><th>Meaning</th></tr></thead>
<tbody><tr id="1000"><th><a href="#1000"><code>1000</code></a></th><td>Normal Closure</td><td><code>CLOSE_NORMAL</code></td><td>All went well.</td></tr>
<tr id="1006"><th><a href="#1006"><code>1006</code></a></th><td>Abnormal Closure</td><td></td><td>No close frame arrived.</td></tr></tbody></table></div>
<p>After the table.</p>
<h3 id="examples">Examples</h3>
<pre><code class="language-js">ws.addEventListener("close", onClose);</code></pre>
<script>ignored()</script>
<h2>No id here</h2><p>Still the examples section.</p>`

func TestExtract(t *testing.T) {
	r := Extract("en-US", Page{Title: "CloseEvent: code property", Body: []byte(codePage)})
	type got struct{ Anchor, Heading, Excerpt string }
	var have []got
	for _, e := range r.Entries {
		have = append(have, got{e.Anchor, e.Heading, e.Excerpt})
	}
	want := []got{
		{"", "", "The read-only code property of CloseEvent holds the close code."},
		{"value", "Value", "An unsigned short. Close codes Code Name Constant Meaning After the table."},
		{"1000", "1000 · Normal Closure", "CLOSE_NORMAL · All went well."},
		{"1006", "1006 · Abnormal Closure", "No close frame arrived."},
		{"examples", "Examples", "No id here Still the examples section."},
	}
	if diff := cmp.Diff(want, have); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
	weights := []struct {
		entry int
		tok   string
		want  uint8
	}{
		{0, "closeevent", weightTitle}, {0, "property", weightTitle}, {0, "holds", weightText},
		{1, "value", weightHeading}, {1, "unsigned", weightIdent}, {1, "after", weightText},
		{2, "1000", weightHeading}, {2, "closure", weightHeading}, {2, "close_normal", weightIdent}, {2, "went", weightText},
		{3, "1006", weightHeading}, {3, "frame", weightText},
		{4, "addeventlistener", weightCode}, {4, "examples", weightHeading}, {4, "ignored", 0}, {4, "still", weightText},
		{0, "s", 0}, // single letters are not indexed
	}
	for _, w := range weights {
		e := r.Entries[w.entry]
		if got := weightOf(e, w.tok); got != w.want {
			t.Errorf("entry %d (%s): weight of %q = %d, want %d", w.entry, e.Anchor, w.tok, got, w.want)
		}
	}
}

// weightOf is the weight of tok in e, 0 if e does not hold it. A token
// is held once.
func weightOf(e RecordEntry, tok string) uint8 {
	var w uint8
	n := 0
	for i, t := range e.Tokens {
		if t == tok {
			w = e.Weights[i]
			n++
		}
	}
	if n > 1 {
		return 255
	}
	return w
}

func TestExcerptCut(t *testing.T) {
	e := newEntry("")
	src := strings.Repeat("Wörter und ", 60)
	e.addExcerpt([]byte(src))
	ex := e.excerpt()
	kept, cut := strings.CutSuffix(ex, "…")
	if n := len([]rune(ex)); !cut || n > excerptRunes+1 || !strings.HasPrefix(src, kept+" ") {
		t.Errorf("excerpt %q (%d runes): want at most %d runes, cut after a whole word, marked …", ex, n, excerptRunes+1)
	}
}

// decodePostings reads the postings format as static/search.js does.
func decodePostings(t *testing.T, s string) []posting {
	t.Helper()
	i := 0
	num := func() uint32 {
		var v, shift uint32
		for {
			if i >= len(s) {
				t.Fatalf("postings %q end inside a number", s)
			}
			d := uint32(strings.IndexByte(postingDigits, s[i]))
			i++
			v |= (d & 31) << shift
			shift += 5
			if d < 32 {
				return v
			}
		}
	}
	var ps []posting
	page := uint32(0)
	for i < len(s) {
		page += num()
		n := num()
		for range n {
			x := num()
			ps = append(ps, posting{page: page, local: uint16(x >> 3), weight: uint8(x & 7)})
		}
	}
	return ps
}

func TestPostingsRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var ps []posting
		page := uint32(r.IntN(3))
		for range r.IntN(40) + 1 {
			page += uint32(r.IntN(3) * r.IntN(5000))
			local := uint16(0)
			for range r.IntN(3) + 1 {
				ps = append(ps, posting{page: page, local: local, weight: uint8(r.IntN(7) + 1)})
				local += uint16(r.IntN(70) + 1)
			}
			page++
		}
		enc := string(encodePostings(nil, ps))
		if strings.Trim(enc, postingDigits) != "" {
			t.Fatalf("postings %q hold characters outside the alphabet", enc)
		}
		if got := decodePostings(t, enc); !slices.Equal(got, ps) {
			t.Fatalf("round trip of %v gave %v", ps, got)
		}
	}
}

// splitScript splits an index file into its key and its data.
func splitScript(t *testing.T, f File) (string, json.RawMessage) {
	t.Helper()
	s := string(f.Data)
	if !strings.HasPrefix(s, "dokuSearch.add(") || !strings.HasSuffix(s, ");\n") {
		t.Fatalf("%s is not a dokuSearch.add call: %.60q", f.Path, s)
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "dokuSearch.add("), ");\n")
	var key string
	dec := json.NewDecoder(strings.NewReader(s))
	if err := dec.Decode(&key); err != nil {
		t.Fatalf("%s: key: %v", f.Path, err)
	}
	rest := strings.TrimPrefix(s[dec.InputOffset():], ",")
	if key+".js" != f.Path {
		t.Errorf("%s registers as %q", f.Path, key)
	}
	return key, json.RawMessage(rest)
}

// fakePages makes n pages of varied words, deterministic.
func fakePages(n int) []Page {
	r := rand.New(rand.NewPCG(3, 4))
	words := []string{"close", "code", "reason", "wasClean", "Schlüssel", "Verbindung", "frame", "server",
		"browser", "event", "handler", "1006", "1000", "4000", "status", "socket", "Größe", "queue"}
	var ps []Page
	for i := range n {
		var b strings.Builder
		for s := range 4 {
			fmt.Fprintf(&b, "<h2 id=\"s%d\">Section %d</h2><p>", s, s)
			for range 30 {
				w := words[r.IntN(len(words))]
				if r.IntN(4) == 0 {
					w = fmt.Sprintf("%s%d", w, r.IntN(n))
				}
				b.WriteString(w + " ")
			}
			b.WriteString("</p>")
		}
		ps = append(ps, Page{Path: fmt.Sprintf("docs/Page%05d/index.html", i), Title: fmt.Sprintf("Page %d", i), Body: []byte(b.String())})
	}
	return ps
}

func TestFilesDeterministic(t *testing.T) {
	pages := fakePages(300)
	a := New("de")
	for _, p := range pages {
		a.Add(p)
	}
	b := New("de")
	var wg sync.WaitGroup
	for _, i := range rand.New(rand.NewPCG(5, 6)).Perm(len(pages)) {
		wg.Go(func() { b.Add(pages[i]) })
	}
	wg.Wait()
	fa, sa := a.Files()
	fb, sb := b.Files()
	if sa != sb {
		t.Errorf("stats differ: %v, %v", sa, sb)
	}
	if diff := cmp.Diff(fa, fb); diff != "" {
		t.Errorf("files differ with the order of Add:\n%s", diff)
	}
}

func TestAddReplacesAndRemove(t *testing.T) {
	ix := New("en-US")
	ix.Add(Page{Path: "docs/A/index.html", Title: "Alpha", Body: []byte("<p>old words</p>")})
	ix.Add(Page{Path: "docs/B/index.html", Title: "Beta", Body: []byte("<p>kept</p>")})
	ix.Add(Page{Path: "docs/A/index.html", Title: "Alpha", Body: []byte("<p>new words</p>")})
	_, postings, toks := ix.sorted()
	if len(postings.get("old")) > 0 {
		t.Error("the replaced version of page A is still indexed")
	}
	if len(postings.get("new")) != 1 || len(postings.get("kept")) != 1 {
		t.Errorf("postings of new %v, of kept %v", postings.get("new"), postings.get("kept"))
	}
	ix.Remove("docs/B/index.html")
	_, postings, _ = ix.sorted()
	if len(postings.get("kept")) > 0 {
		t.Errorf("removed page B is still indexed (tokens were %q)", toks)
	}
}

// TestFilesFormat checks the meta file against the chunks: every chunk is
// listed with its first token and hash, tokens ascend across chunks in
// UTF-16 order, every posting names a page and entry that exist, and the
// document chunks hold every page once, in order.
func TestFilesFormat(t *testing.T) {
	ix := New("de")
	for _, p := range fakePages(2000) {
		ix.Add(p)
	}
	files, st := ix.Files()
	if files[0].Path != MetaPath("de") {
		t.Fatalf("first file %s, want the meta file", files[0].Path)
	}
	_, raw := splitScript(t, files[0])
	var m struct {
		Locale string
		German bool
		Pages  int
		Terms  []any
		Docs   []any
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	if m.Locale != "de" || !m.German || m.Pages != 2000 || st.Pages != 2000 {
		t.Errorf("meta: %+v, stats %v", m, st)
	}
	byKey := map[string]json.RawMessage{}
	for _, f := range files[1:] {
		k, data := splitScript(t, f)
		byKey[k] = data
		if strings.Contains(k, "/t") && len(f.Data) > 2*termChunkBytes {
			t.Errorf("%s: %d bytes, chunks aim at %d", f.Path, len(f.Data), termChunkBytes)
		}
	}
	if len(m.Terms) < 4 {
		t.Fatalf("%d term chunks for 2000 pages; want several", len(m.Terms)/2)
	}
	entries := map[int]int{} // page → entries
	page := 0
	for i := 0; i < len(m.Docs); i += 2 {
		first := int(m.Docs[i].(float64))
		if first != page {
			t.Errorf("doc chunk %d starts at page %d, want %d", i/2, first, page)
		}
		var docs [][]any
		key := fmt.Sprintf("de/search/d%d.%s", i/2, m.Docs[i+1])
		if err := json.Unmarshal(byKey[key], &docs); err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		for _, d := range docs {
			entries[page] = len(d[2].([]any)) / 3
			page++
		}
	}
	if page != 2000 {
		t.Errorf("doc chunks hold %d pages, want 2000", page)
	}
	prev := ""
	postings := 0
	for i := 0; i < len(m.Terms); i += 2 {
		key := fmt.Sprintf("de/search/t%d.%s", i/2, m.Terms[i+1])
		var chunk []string
		if err := json.Unmarshal(byKey[key], &chunk); err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		if chunk[0] != m.Terms[i] {
			t.Errorf("%s starts with %q, meta says %q", key, chunk[0], m.Terms[i])
		}
		for j := 0; j < len(chunk); j += 2 {
			if prev != "" && compareUTF16(prev, chunk[j]) >= 0 {
				t.Errorf("%q after %q", chunk[j], prev)
			}
			prev = chunk[j]
			for _, p := range decodePostings(t, chunk[j+1]) {
				postings++
				if int(p.page) >= 2000 || int(p.local) >= entries[int(p.page)] || p.weight == 0 {
					t.Fatalf("token %q: posting %+v names no entry", chunk[j], p)
				}
			}
		}
	}
	if postings != st.Postings {
		t.Errorf("decoded %d postings, stats say %d", postings, st.Postings)
	}
}

func TestCompareUTF16(t *testing.T) {
	// JavaScript: "\u{1F600}" < "\uFFFD", as its first code unit is 0xD83D.
	in := []string{"\uFFFD", "\U0001F600", "z", "ä", "a", "ab", ""}
	slices.SortFunc(in, compareUTF16)
	want := []string{"", "a", "ab", "z", "ä", "\U0001F600", "\uFFFD"}
	if !slices.Equal(in, want) {
		t.Errorf("sorted %q, want %q", in, want)
	}
}

func TestGermanIndexFolds(t *testing.T) {
	ix := New("de")
	ix.Add(Page{Path: "docs/K/index.html", Title: "Schlüssel", Body: []byte("<p>Größe</p>")})
	_, postings, _ := ix.sorted()
	for _, q := range []string{"Schluessel", "Schlüssel", "GROESSE", "Größe"} {
		for _, tok := range Tokens(q, true) {
			if len(postings.get(tok)) == 0 {
				t.Errorf("query %q: token %q finds nothing", q, tok)
			}
		}
	}
}

// TestMeasureGzip checks that the gzipped sizes are measured when asked
// for, and only then.
func TestMeasureGzip(t *testing.T) {
	for _, measure := range []bool{false, true} {
		ix := New("en-US")
		ix.Add(Page{Path: "docs/a/index.html", Title: "Alpha", Body: []byte(codePage)})
		if measure {
			ix.MeasureGzip()
		}
		_, st := ix.Files()
		if st.Gzipped != measure || (st.Gzip > 0) != measure || (st.MetaGzip > 0) != measure || st.Raw == 0 {
			t.Errorf("measure %v: stats %+v", measure, st)
		}
		if s := st.String(); strings.Contains(s, "gzipped") != measure {
			t.Errorf("measure %v: %q", measure, s)
		}
	}
}
