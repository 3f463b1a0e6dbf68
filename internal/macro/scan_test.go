package macro

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestScan checks that Scan finds the calls rendering would expand, and
// none of those rendering shows as text.
func TestScan(t *testing.T) {
	body := "{{APIRef(\"WebSockets API\")}}{{SeeCompatTable}}\n" +
		"Text {{domxref(\n  \"CloseEvent.code\")}} and \\{{Escaped}} and \\\\{{Escaped2}} and `{{InCode}}` and ``a ` {{InCode2}}``.\n" +
		"```js\n{{InFence}}\n```\n" +
		"~~~~\n```\n{{InTildeFence}}\n~~~~\n" +
		"<!-- {{InComment}}\n{{InComment2}} -->\n" +
		"<pre class=\"brush: js\">\n{{InPre}}\n</pre>\n" +
		"<td>{{cssxref(\"color\")}}</td><!-- {{InlineComment}} --> {{ Glossary( \"CORS\" ) }}\n" +
		"> {{Deprecated_Header}}\n" +
		"Broken {{domxref(\"x\"}} end\n"
	var got []string
	Scan([]byte(body), func(c Call, off int, err error) {
		s := c.Name
		if err != nil {
			s += "!"
		}
		got = append(got, s)
	})
	want := []string{"APIRef", "SeeCompatTable", "domxref", "cssxref", "Glossary", "Deprecated_Header", "domxref!"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("calls (-want +got):\n%s", diff)
	}
}

func TestUsage(t *testing.T) {
	reg := NewRegistry(&Macro{Name: "domxref", Kind: KindLink}, &Macro{Name: "Unused", Kind: KindBadge})
	u := NewUsage(reg)
	u.Add("en-us", []byte("{{domxref(\"A\")}} {{DOMxRef(\"B\")}} {{domXref(\"C\")}} {{FooRef}} {{fooref}} {{FooRef}}\n"))
	u.Add("de", []byte("{{domxref(\"A\")}} {{NoSuch}}\n"))
	rows := u.Rows()
	if rows[0].Name != "domxref" || rows[0].Total != 4 || rows[0].ByLocale["de"] != 1 {
		t.Errorf("first row = %+v, want domxref with 4 calls, 1 in de", rows[0])
	}
	if rows[1].Name != "FooRef" || rows[1].Macro != nil || rows[1].Total != 3 {
		t.Errorf("second row = %+v, want the unknown FooRef (its commonest spelling) with 3 calls", rows[1])
	}
	if k, n := u.Coverage(""); k != 4 || n != 8 {
		t.Errorf("coverage = %d of %d, want 4 of 8", k, n)
	}
	if k, n := u.Coverage("de"); k != 1 || n != 2 {
		t.Errorf("de coverage = %d of %d, want 1 of 2", k, n)
	}
	if last := rows[len(rows)-1]; last.Name != "Unused" || last.Total != 0 {
		t.Errorf("last row = %+v, want the unused Unused with 0 calls", last)
	}
}
