package refdata

import "strings"

// WebExtExample is one entry of examples.json of MDN's webextensions-examples
// repository: an example extension and the JavaScript APIs it uses
// ("tabs.query", "runtime.onMessage", "storage.local").
type WebExtExample struct {
	Name           string   `json:"name"`
	Description    string   `json:"description"`
	JavaScriptAPIs []string `json:"javascript_apis"`
}

// WebExtExamples indexes the examples by the APIs they use.
type WebExtExamples struct {
	All []WebExtExample
	// byAPI maps a module ("tabs") and a module's member ("tabs.query")
	// to the examples that use it.
	byAPI map[string][]*WebExtExample
}

func indexWebExt(ex []WebExtExample) *WebExtExamples {
	w := &WebExtExamples{All: ex, byAPI: map[string][]*WebExtExample{}}
	for i := range ex {
		e := &ex[i]
		seen := map[string]bool{}
		for _, api := range e.JavaScriptAPIs {
			api = strings.TrimSuffix(strings.TrimSpace(api), "()")
			module, _, _ := strings.Cut(api, ".")
			for _, k := range []string{module, api} {
				if !seen[k] {
					seen[k] = true
					w.byAPI[k] = append(w.byAPI[k], e)
				}
			}
		}
	}
	return w
}

// For returns the examples that use an API module ("tabs") or one of its
// members ("tabs.query").
func (w *WebExtExamples) For(api string) []*WebExtExample {
	if w == nil {
		return nil
	}
	return w.byAPI[api]
}
