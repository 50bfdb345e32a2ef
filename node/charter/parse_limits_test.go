package charter

import (
	"strings"
	"testing"
	"time"
)

// TestParseHostileShapes bounds the time a hostile charter (one received
// over gossip) can cost. Each shape fills MaxCharterSize with what go-yaml
// parses slowest; before the size and depth limits, 64 KiB of nested [ took
// about 5 s and 64 KiB of keys about 1 s.
func TestParseHostileShapes(t *testing.T) {
	size := MaxCharterSize - 16
	n := size / 2
	nestedBlock := func() string {
		var b strings.Builder
		for i := 0; b.Len() < size/2; i++ {
			b.WriteString(strings.Repeat(" ", i) + "a:\n")
		}
		return b.String()
	}
	shapes := []struct{ name, doc, err string }{
		{"nested flow", strings.Repeat("[", n) + strings.Repeat("]", n), "p.yaml:1:17: [ and { nested deeper than 16"},
		{"nested flow after a line", "version: 1\nx: " + strings.Repeat("{a: ", n/4), "p.yaml:2:68: [ and { nested deeper than 16"},
		{"block keys", strings.Repeat("k: 1\n", size/5), ""},
		{"flow keys", "{" + strings.Repeat("k: 1, ", size/6-1) + "}", ""},
		{"flow list", "[" + strings.Repeat("k, ", size/3-1) + "]", ""},
		{"block list", strings.Repeat("- k\n", size/4), ""},
		{"categories", "allowed_metrics:\n" + strings.Repeat("  c: [x]\n", size/9-2), ""},
		{"nested block", nestedBlock(), ""},
		{"long quoted", `description: "` + strings.Repeat(`\"`, n-10) + `"`, ""},
	}
	for _, s := range shapes {
		if len(s.doc) > MaxCharterSize {
			t.Fatalf("%s: %d bytes", s.name, len(s.doc))
		}
		start := time.Now()
		_, err := Parse("p.yaml", []byte(s.doc))
		took := time.Since(start)
		t.Logf("%s (%d bytes): %v: %v", s.name, len(s.doc), took, err)
		if err == nil {
			t.Errorf("%s: parsed", s.name)
		} else if s.err != "" && err.Error() != s.err {
			t.Errorf("%s: %v, want %s", s.name, err, s.err)
		}
		if took > 2*time.Second {
			t.Errorf("%s: took %v", s.name, took)
		}
	}
}
