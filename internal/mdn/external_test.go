package mdn

import (
	"testing"
)

func TestExternalEmbeds(t *testing.T) {
	tests := []struct{ locale, call, want string }{
		{"en-US", `{{EmbedYouTube("a_B-1")}}`,
			`<figure class="external-embed youtube"><a href="https://www.youtube.com/watch?v=a_B-1" class="external">Watch the video on YouTube</a></figure>`},
		{"de", `{{EmbedYouTube("a_B-1")}}`,
			`<figure class="external-embed youtube"><a href="https://www.youtube.com/watch?v=a_B-1" class="external">Das Video auf YouTube ansehen</a></figure>`},
		{"en-US", `{{EmbedYouTube("x&y", "Flexbox <in> 5 minutes")}}`,
			`<figure class="external-embed youtube"><a href="https://www.youtube.com/watch?v=x%26y" class="external">Flexbox &lt;in&gt; 5 minutes</a></figure>`},
		{"de", `{{EmbedGHLiveSample('dom-examples/webgl-examples/tutorial/sample8/index.html', 670, 510)}}`,
			`<figure class="external-embed gh-live-sample"><a href="https://mdn.github.io/dom-examples/webgl-examples/tutorial/sample8/index.html" class="external">` +
				`Das Beispiel auf mdn.github.io öffnen: dom-examples/webgl-examples/tutorial/sample8/index.html</a></figure>`},
		{"en-US", `{{EmbedGHLiveSample("/css-examples/a \"b\"/", "100%")}}`,
			`<figure class="external-embed gh-live-sample"><a href="https://mdn.github.io/css-examples/a &#34;b&#34;/" class="external">` +
				`Open the example on mdn.github.io: css-examples/a &#34;b&#34;/</a></figure>`},
	}
	for _, tt := range tests {
		slug := "Web/CSS/Reference/Properties/margin-top" // in both locales
		got, err := run(t, dataEnv(t, tt.locale, slug, nil), tt.call)
		if err != nil || got != tt.want {
			t.Errorf("%s %s:\ngot  %s, %v\nwant %s", tt.locale, tt.call, got, err, tt.want)
		}
	}
	for _, call := range []string{`{{EmbedYouTube("")}}`, `{{EmbedGHLiveSample(" ")}}`, `{{EmbedGHLiveSample("https://example.org/x")}}`} {
		if out, err := run(t, dataEnv(t, "en-US", "Web/API/CloseEvent", nil), call); err == nil {
			t.Errorf("%s: %q, no error", call, out)
		}
	}
}
