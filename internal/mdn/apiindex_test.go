package mdn

import (
	"testing"
	"testing/fstest"
)

func apiTree() fstest.MapFS {
	typed := func(title, slug, typ string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\nslug: " + slug + "\npage-type: " + typ + "\n---\nText.\n")}
	}
	return fstest.MapFS{
		"jsondata/GroupData.json": {Data: []byte(`[{
			"WebSockets API": {"overview": ["WebSockets API"]},
			"Fetch API": {"overview": ["Fetch API"]},
			"Beacon": {"overview": ["Beacon API"]},
			"No overview": {"overview": []}
		}]`)},
		"en-us/web/api/index.md":                 typed("Web APIs", "Web/API", "landing-page"),
		"en-us/web/api/websocket/index.md":       typed("WebSocket", "Web/API/WebSocket", "web-api-interface"),
		"en-us/web/api/closeevent/index.md":      typed("CloseEvent", "Web/API/CloseEvent", "web-api-interface"),
		"en-us/web/api/cache/index.md":           typed("Cache", "Web/API/Cache", "web-api-interface"),
		"en-us/web/api/websockets_api/index.md":  typed("The WebSockets API (WebSockets)", "Web/API/WebSockets_API", "web-api-overview"),
		"en-us/web/api/fetch_api/index.md":       typed("Fetch API", "Web/API/Fetch_API", "web-api-overview"),
		"en-us/web/api/closeevent/code/index.md": typed("code", "Web/API/CloseEvent/code", "web-api-instance-property"),
		"de/web/api/index.md":                    typed("Web-APIs", "Web/API", "landing-page"),
		"de/web/api/websockets_api/index.md":     typed("Die WebSockets-API", "Web/API/WebSockets_API", ""),
		"de/web/api/closeevent/index.md":         typed("CloseEvent", "Web/API/CloseEvent", ""),
	}
}

func TestAPIListAlpha(t *testing.T) {
	got, err := run(t, treeEnv(t, apiTree(), "de", "Web/API"), "{{APIListAlpha}}")
	want := `<div class="index"><h3>C</h3><ul>` +
		`<li><a href="../../../../en-US/docs/Web/API/Cache/index.html"><code>Cache</code></a><span class="fallback-marker">(Englisch)</span></li>` +
		`<li><a href="CloseEvent/index.html"><code>CloseEvent</code></a></li></ul>` +
		`<h3>W</h3><ul><li><a href="../../../../en-US/docs/Web/API/WebSocket/index.html"><code>WebSocket</code></a><span class="fallback-marker">(Englisch)</span></li></ul></div>`
	if err != nil || got != want {
		t.Errorf("got  %s, %v\nwant %s", got, err, want)
	}
}

func TestListGroups(t *testing.T) {
	got, err := run(t, treeEnv(t, apiTree(), "de", "Web/API"), "{{ListGroups}}")
	want := `<div class="index">` +
		`<h3>B</h3><ul><li><a class="page-not-created" title="Diese Seite ist noch nicht geschrieben">Beacon API</a></li></ul>` +
		`<h3>F</h3><ul><li><a href="../../../../en-US/docs/Web/API/Fetch_API/index.html">Fetch API</a><span class="fallback-marker">(Englisch)</span></li></ul>` +
		`<h3>W</h3><ul><li><a href="WebSockets_API/index.html">Die WebSockets-API</a></li></ul></div>`
	if err != nil || got != want {
		t.Errorf("got  %s, %v\nwant %s", got, err, want)
	}
}
