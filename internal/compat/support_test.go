package compat

import (
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestColumnsShowData renders the row of a feature whose browsers each
// have one plain version and checks that every browser's column shows
// the version its data gives, that the desktop column group spans the
// desktop browsers, and that the table of the interface has a row for
// it and each of its members. The expected values are read from the
// data itself. The data is testdata/support.txtar's; with $DOKU_BCD
// naming a full data.json of @mdn/browser-compat-data, the test checks
// api.CloseEvent.code of that file the same way.
func TestColumnsShowData(t *testing.T) {
	t.Run("fixture", func(t *testing.T) {
		src := archiveFS(t, "testdata/support.txtar")["data.json"].Data
		testColumns(t, src, "api.Widget")
	})
	if full := os.Getenv("DOKU_BCD"); full != "" {
		t.Run(full, func(t *testing.T) {
			src, err := os.ReadFile(full)
			if err != nil {
				t.Fatal(err)
			}
			testColumns(t, src, "api.CloseEvent")
		})
	}
}

// testColumns checks the table of parent and of its member code (the
// fixture's is size).
func testColumns(t *testing.T, src []byte, parent string) {
	member := parent + ".size"
	if parent == "api.CloseEvent" {
		member = parent + ".code"
	}
	d, err := Open(src, "data.json")
	if err != nil {
		t.Fatal(err)
	}
	want, desktop, members := expected(t, src, parent, member)
	ls, dc := localizers(t)
	out, err := (&Table{Data: d, L: ls["en-US"]}).Render([]string{member})
	if err != nil {
		t.Fatal(err)
	}
	cols := regexp.MustCompile(`class="bc-browser bc-browser-([a-z_]+)"`).FindAllStringSubmatch(out, -1)
	cells := regexp.MustCompile(`<td class="bc-support bc-([a-z]+)">.*?<span class="bc-version">([^<]*)</span>`).FindAllStringSubmatch(out, -1)
	if len(cols) == 0 || len(cols) != len(cells) {
		t.Fatalf("%d columns, %d cells in one row:\n%s", len(cols), len(cells), out)
	}
	got := map[string]string{}
	for i, c := range cols {
		got[c[1]] = cells[i][1] + " " + cells[i][2]
	}
	if len(got) != len(want) {
		t.Errorf("%d columns, want one per browser with data: %d", len(got), len(want))
	}
	for browser, v := range want {
		if got[browser] != "yes "+v {
			t.Errorf("%s: got %q, want %q", browser, got[browser], "yes "+v)
		}
	}
	group := regexp.MustCompile(`<th scope="colgroup" colspan="(\d+)" class="bc-platform bc-platform-desktop">([^<]*)</th>`).FindStringSubmatch(out)
	if group == nil || group[1] != strconv.Itoa(desktop) || group[2] != ls["en-US"].T("Compat.Platform.desktop") {
		t.Errorf("desktop column group %q, want %d columns labelled with Compat.Platform.desktop", group, desktop)
	}
	for _, d := range dc.All() {
		t.Errorf("catalog: %v", d)
	}
	// The page about the whole interface shows every member in one table.
	all, err := (&Table{Data: d, L: ls["en-US"]}).Render([]string{parent})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(all, `<th scope="row"`); n != 1+members {
		t.Errorf("%s table has %d rows, want %d (the interface and its %d members)", parent, n, 1+members, members)
	}
}

// expected reads from the raw data the version each browser gives for
// member (a plain version_added string; the test needs such data), the
// number of desktop browsers among them and the number of parent's
// members.
func expected(t *testing.T, src []byte, parent, member string) (versions map[string]string, desktop, members int) {
	t.Helper()
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(src, &raw); err != nil {
		t.Fatal(err)
	}
	var browsers map[string]struct{ Type string }
	if err := json.Unmarshal(raw["browsers"], &browsers); err != nil {
		t.Fatal(err)
	}
	node := func(key string) map[string]json.RawMessage {
		var n map[string]json.RawMessage
		cur := raw
		for _, part := range strings.Split(key, ".") {
			if err := json.Unmarshal(cur[part], &n); err != nil {
				t.Fatalf("%s: %v", key, err)
			}
			cur = n
		}
		return n
	}
	for k := range node(parent) {
		if k != "__compat" {
			members++
		}
	}
	var c struct {
		Support map[string]struct {
			VersionAdded string `json:"version_added"`
		}
	}
	if err := json.Unmarshal(node(member)["__compat"], &c); err != nil {
		t.Fatalf("%s: each browser needs one statement with a version string: %v", member, err)
	}
	versions = map[string]string{}
	for b, s := range c.Support {
		if s.VersionAdded == "" || strings.ContainsAny(s.VersionAdded, "≤p") {
			t.Fatalf("%s: %s: %q is not a plain version", member, b, s.VersionAdded)
		}
		versions[b] = s.VersionAdded
		if browsers[b].Type == "desktop" {
			desktop++
		}
	}
	return versions, desktop, members
}
