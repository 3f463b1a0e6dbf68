package i18n

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/diag"
)

const syncEN = `# English
[First]
description = "first"
other = "One"

[Second]
description = "second"
other = "Two"

[Count]
description = "count"
one = "{{.Count}} item"
other = "{{.Count}} items"

[Third]
description = "third"
other = "Three, changed"
`

// syncDE: First adopted (no hash), Second missing, Count missing, Third
// stale; a translator's comment and an obsolete message.
var syncDE = fmt.Sprintf(`# Deutsch, von Hand gepflegt

# Die erste Nachricht.
[First]
description = "first"
other = "Eins"

[Third]
description = "third"
hash = %q
other = "Drei"

[Old]
other = "Alt"
`, hashOf("third", "Three"))

func TestSync(t *testing.T) {
	src := parse(t, "en-US.toml", "en-US", syncEN)
	tr := parse(t, "de.toml", "de", syncDE)
	out, res, err := Sync(src, tr)
	if err != nil {
		t.Fatal(err)
	}
	if want := (SyncResult{Added: 2, Adopted: 1, MarkedStale: 1}); res != want {
		t.Errorf("result %+v, want %+v", res, want)
	}
	want := fmt.Sprintf(`# Deutsch, von Hand gepflegt

# Die erste Nachricht.
[First]
description = "first"
hash = %q
other = "Eins"

[Second]
# doku: untranslated
description = "second"
hash = %q
other = "Two"

[Count]
# doku: untranslated
description = "count"
hash = %q
one = "{{.Count}} item"
other = "{{.Count}} items"

[Third]
# doku: stale: the English now reads "Three, changed"
description = "third"
hash = %q
other = "Drei"

[Old]
other = "Alt"
`, hashOf("first", "One"), hashOf("second", "Two"), hashOf("count", "{{.Count}} items"), hashOf("third", "Three"))
	if string(out) != want {
		t.Errorf("synced:\n%s\nwant:\n%s", out, want)
	}

	// The result checks clean but for the work left to translators, and a
	// second sync changes nothing.
	synced := parse(t, "de.toml", "de", string(out))
	dc := &diag.Collector{}
	CheckLocale(src, synced, dc)
	if dc.HasErrors() {
		t.Errorf("check after sync: %v", dc.All())
	}
	if out2, res2, err := Sync(src, synced); err != nil || res2.Changed() || string(out2) != string(out) {
		t.Errorf("second sync: %+v %v\n%s", res2, err, out2)
	}

	// The translator updates Third and its hash: the stale mark goes.
	fixed := strings.Replace(string(out), `hash = "`+hashOf("third", "Three")+`"`, `hash = "`+hashOf("third", "Three, changed")+`"`, 1)
	_, res3, err := Sync(src, parse(t, "de.toml", "de", fixed))
	if err != nil || res3 != (SyncResult{Unmarked: 1}) {
		t.Errorf("sync after fixing: %+v %v", res3, err)
	}

	// English changes again: the untranslated copy follows it.
	src2 := parse(t, "en-US.toml", "en-US", strings.Replace(syncEN, `other = "Two"`, `other = "Two!"`, 1))
	out4, res4, err := Sync(src2, synced)
	if err != nil || res4.Refreshed != 1 || !strings.Contains(string(out4), `other = "Two!"`) {
		t.Errorf("refresh: %+v %v\n%s", res4, err, out4)
	}
}

// TestSyncNeverLoses: a result that would drop or change a translation
// is refused.
func TestSyncNeverLoses(t *testing.T) {
	tr := parse(t, "de.toml", "de", "[A]\nother = \"Apfel\"\n\n[B]\nother = \"Birne\"\n")
	for name, out := range map[string]string{
		"fewer":   "[A]\nother = \"Apfel\"\n",
		"changed": "[A]\nother = \"Apfel\"\n\n[B]\nother = \"Pear\"\n",
		"broken":  "[A]\nother = \"Apfel\n",
	} {
		if err := keepsEverything(tr, []byte(out)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := keepsEverything(tr, tr.Src()); err != nil {
		t.Errorf("unchanged: %v", err)
	}
}

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "de.toml")
	if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteAtomic(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(p)
	fi, _ := os.Stat(p)
	entries, _ := os.ReadDir(dir)
	if string(data) != "new" || fi.Mode().Perm() != 0o600 || len(entries) != 1 {
		t.Errorf("got %q, mode %v, %d files", data, fi.Mode(), len(entries))
	}
}

func TestTOMLString(t *testing.T) {
	for _, s := range []string{`plain`, `a "quoted" \ back`, "tab\tnew\nline\x01", "Größe ✓"} {
		src := "[A]\nother = " + tomlString(s) + "\n"
		f := parse(t, "x.toml", "de", src)
		if got := f.Messages["A"].Other; got != s {
			t.Errorf("round trip %q: got %q", s, got)
		}
	}
}

func TestAddMessages(t *testing.T) {
	src := parse(t, "en-US.toml", "en-US", "# top\n[Home.A]\nother = \"a\"\n\n# other things\n[Nav.B]\nother = \"b\"\n")
	out, err := AddMessages(src, []NewMessage{{ID: "Home.C", UsedAt: "layouts/home.html:3"}, {ID: "Zed", UsedAt: "x.go:1"}})
	if err != nil {
		t.Fatal(err)
	}
	want := "# top\n[Home.A]\nother = \"a\"\n\n[Home.C]\n# doku: added by 'doku i18n extract', used at layouts/home.html:3; write the English text and say where it appears\ndescription = \"\"\nother = \"\"\n\n# other things\n[Nav.B]\nother = \"b\"\n\n[Zed]\n# doku: added by 'doku i18n extract', used at x.go:1; write the English text and say where it appears\ndescription = \"\"\nother = \"\"\n"
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}
