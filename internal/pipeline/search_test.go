package pipeline

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestSearchIndexLocales: each locale's index holds exactly the pages
// written in that locale. The fixture's guide has no German translation;
// German pages link to the English one, and the German index must not
// answer with it.
func TestSearchIndexLocales(t *testing.T) {
	files := diskBuild(t, fixture(t))
	indexed := func(locale string) []string {
		var paths []string
		for name, data := range files {
			if !strings.HasPrefix(name, locale+"/search/d") {
				continue
			}
			s := strings.TrimSuffix(string(data), ");\n")
			var docs [][]any
			if err := json.Unmarshal([]byte(s[strings.Index(s, ",")+1:]), &docs); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			for _, d := range docs {
				paths = append(paths, locale+"/"+d[0].(string))
			}
		}
		slices.Sort(paths)
		return paths
	}
	pages := func(locale string) []string {
		var paths []string
		for name := range files {
			if strings.HasPrefix(name, locale+"/docs/") && strings.HasSuffix(name, "/index.html") {
				paths = append(paths, name)
			}
		}
		slices.Sort(paths)
		return paths
	}
	for _, l := range []string{"en-US", "de"} {
		if got, want := indexed(l), pages(l); !slices.Equal(got, want) || len(want) == 0 {
			t.Errorf("%s index holds %q, want its pages %q", l, got, want)
		}
	}
	if de := indexed("de"); slices.Contains(de, "de/docs/Web/API/Thing/Guide/index.html") || len(de) != len(indexed("en-US"))-1 {
		t.Errorf("German index %q: want every German page and not the English-only guide", de)
	}
}
