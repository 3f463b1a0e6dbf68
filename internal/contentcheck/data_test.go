package contentcheck

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var content = filepath.Join("..", "..", "content")

// support is the part of a browser-compat feature the summary reads.
type support struct {
	Compat struct {
		Support map[string]json.RawMessage `json:"support"`
	} `json:"__compat"`
}

// versionAdded is a browser's first version with the feature, "No" if
// none; of several statements, the first (the current one) counts.
func versionAdded(raw json.RawMessage) string {
	var st struct {
		VersionAdded any `json:"version_added"`
	}
	if err := json.Unmarshal(raw, &st); err != nil {
		var list []json.RawMessage
		if json.Unmarshal(raw, &list) != nil || len(list) == 0 {
			return "?"
		}
		return versionAdded(list[0])
	}
	if v, ok := st.VersionAdded.(string); ok {
		return v
	}
	return "No"
}

// The figures the compatibility page states by hand, per browser, are
// those of the browser-compat data the site ships: the interface with its
// three properties, and the constructor.
func TestCompatSummary(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(content, "data", "browser-compat.json"))
	if err != nil {
		t.Fatal(err)
	}
	var data struct {
		API struct {
			CloseEvent map[string]json.RawMessage `json:"CloseEvent"`
		} `json:"api"`
		Browsers map[string]struct {
			Name string `json:"name"`
		} `json:"browsers"`
	}
	if err := json.Unmarshal(src, &data); err != nil {
		t.Fatal(err)
	}
	feature := func(key string) support {
		var s support
		raw := json.RawMessage(`{"__compat":` + string(data.API.CloseEvent["__compat"]) + `}`)
		if key != "" {
			raw = data.API.CloseEvent[key]
		}
		if err := json.Unmarshal(raw, &s); err != nil {
			t.Fatalf("api.CloseEvent.%s: %v", key, err)
		}
		return s
	}
	iface, ctor := feature(""), feature("CloseEvent")
	members := []support{feature("code"), feature("reason"), feature("wasClean")}
	want := map[string][2]string{} // browser name → interface, constructor
	for id, b := range data.Browsers {
		v := versionAdded(iface.Compat.Support[id])
		for _, m := range members {
			if mv := versionAdded(m.Compat.Support[id]); mv != v {
				t.Errorf("%s: api.CloseEvent has %s, a member %s; the page says they came together", b.Name, v, mv)
			}
		}
		want[b.Name] = [2]string{v, versionAdded(ctor.Compat.Support[id])}
	}
	for locale, no := range map[string]string{"en-us": "No", "de": "Nein"} {
		page := filepath.Join(content, locale, "web", "api", "closeevent", "browser_compatibility", "index.md")
		got := summaryTable(t, page)
		for name, w := range want {
			if w[1] == "No" {
				w[1] = no
			}
			if g, ok := got[name]; !ok {
				t.Errorf("%s: the summary table has no row for %s", page, name)
			} else if g != w {
				t.Errorf("%s: %s: the table says %s and %s, the data %s and %s", page, name, g[0], g[1], w[0], w[1])
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d rows in the summary table, %d browsers in the data", page, len(got), len(want))
		}
	}
}

// summaryTable reads the page's three-column Markdown table.
func summaryTable(t *testing.T, page string) map[string][2]string {
	t.Helper()
	src, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string][2]string{}
	for _, line := range strings.Split(string(src), "\n") {
		cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
		if !strings.HasPrefix(line, "|") || len(cells) != 3 || strings.HasPrefix(strings.TrimSpace(cells[0]), "-") {
			continue
		}
		rows[strings.TrimSpace(cells[0])] = [2]string{strings.TrimSpace(cells[1]), strings.TrimSpace(cells[2])}
	}
	delete(rows, "Browser") // the header
	return rows
}
