package compat

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestShippedSubset renders api.CloseEvent.code from the subset this
// repository ships (content/data/browser-compat.json) and checks each
// browser's column shows the version the real data gives. With $DOKU_BCD
// naming a full data.json of @mdn/browser-compat-data, it checks that file
// the same way.
func TestShippedSubset(t *testing.T) {
	files := []string{"../../content/data/browser-compat.json"}
	if full := os.Getenv("DOKU_BCD"); full != "" {
		files = append(files, full)
	}
	for _, file := range files {
		t.Run(file, func(t *testing.T) { testCloseEventCode(t, file) })
	}
}

func testCloseEventCode(t *testing.T, file string) {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Open(src, file)
	if err != nil {
		t.Fatal(err)
	}
	ls, dc := localizers(t)
	out, err := (&Table{Data: d, L: ls["en-US"]}).Render([]string{"api.CloseEvent.code"})
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
	for browser, want := range map[string]string{
		"chrome": "yes 15", "edge": "yes 12", "firefox": "yes 8", "opera": "yes 12.1", "safari": "yes 6",
		"chrome_android": "yes 18", "firefox_android": "yes 8", "opera_android": "yes 12.1",
		"safari_ios": "yes 6", "samsunginternet_android": "yes 1.0", "webview_android": "yes 4.4",
		"ie": "yes 10", "deno": "yes 1.4", "nodejs": "yes 23.0.0",
	} {
		if got[browser] != want {
			t.Errorf("%s: got %q, want %q", browser, got[browser], want)
		}
	}
	if !strings.Contains(out, `<th scope="colgroup" colspan="6" class="bc-platform bc-platform-desktop">Desktop</th>`) {
		t.Error("no desktop column group of six browsers")
	}
	for _, d := range dc.All() {
		t.Errorf("catalog: %v", d)
	}
	// The page about all of CloseEvent shows every member in one table.
	all, err := (&Table{Data: d, L: ls["en-US"]}).Render([]string{"api.CloseEvent"})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(all, `<th scope="row"`); n != 5 {
		t.Errorf("api.CloseEvent table has %d rows, want 5 (the interface, its constructor, code, reason, wasClean)", n)
	}
}
