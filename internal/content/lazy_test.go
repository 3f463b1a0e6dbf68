package content

import (
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/diag"
)

func TestLazyBodies(t *testing.T) {
	page := "---\ntitle: T\nslug: Web/T\n---\n# Body\n\nText.\n"
	fsys := fstest.MapFS{"en-us/web/t/index.md": {Data: []byte(page)}}
	var dc diag.Collector
	tree, err := Load(fsys, Options{Lazy: true}, &dc)
	if err != nil || len(tree.Pages) != 1 {
		t.Fatalf("Load: %v, %d pages, %v", err, len(tree.Pages), dc.All())
	}
	p := tree.Pages[0]
	if p.Body != nil {
		t.Errorf("Body kept: %q", p.Body)
	}
	body, err := p.ReadBody(fsys)
	if err != nil || string(body) != "# Body\n\nText.\n" {
		t.Errorf("ReadBody = %q, %v", body, err)
	}
	c := p.Copy("en-XA", "en-xa/web/t/index.md")
	if body, err := c.ReadBody(fsys); err != nil || string(body) != "# Body\n\nText.\n" {
		t.Errorf("copy's ReadBody = %q, %v", body, err)
	}
	fsys["en-us/web/t/index.md"] = &fstest.MapFile{Data: []byte(page + "More.\n")}
	if _, err := p.ReadBody(fsys); err == nil {
		t.Error("ReadBody of a file that changed since Load: no error")
	}
	delete(fsys, "en-us/web/t/index.md")
	if _, err := p.ReadBody(fsys); err == nil {
		t.Error("ReadBody of a removed file: no error")
	}
}
