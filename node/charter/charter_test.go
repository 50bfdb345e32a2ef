package charter

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func mustParse(t testing.TB, doc string) *Charter {
	t.Helper()
	c, err := Parse("test.yaml", []byte(doc))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return c
}

func TestLoadGood(t *testing.T) {
	tests := []struct {
		file       string
		version    int
		categories []Category
		forbidden  []string
		rate       float64
		overRate   Penalty
	}{
		{
			file:    "testdata/good/minimal.yaml",
			version: 2,
			categories: []Category{
				{Name: "latency", Metrics: []string{"latency_p50", "latency_p99"}},
				{Name: "topology", Metrics: []string{"node_count"}},
			},
			forbidden: []string{"user_location", "device_mac"},
			rate:      0.5,
			overRate:  Penalty{Kind: PenaltyRateLimit, Duration: 90 * time.Minute},
		},
		{
			file:    "testdata/good/flow.yaml",
			version: 7,
			categories: []Category{
				{Name: "net", Metrics: []string{"packet_loss"}},
			},
			forbidden: []string{},
			rate:      3,
			overRate:  Penalty{Kind: PenaltyWarn},
		},
		{
			file:    "testdata/good/quoted.yaml",
			version: 3,
			categories: []Category{
				{Name: "latency", Metrics: []string{"latency_p50"}},
				{Name: "mesh2", Metrics: []string{"node_count", "avg_degree"}},
			},
			forbidden: []string{"payment_data"},
			rate:      0.25,
			overRate:  Penalty{Kind: PenaltySuspend, Duration: 36 * time.Hour},
		},
		{
			file:    "charter.example.yaml",
			version: 1,
			categories: []Category{
				{Name: "latency", Metrics: []string{"latency_p50", "latency_p99", "latency_p999"}},
				{Name: "reliability", Metrics: []string{"packet_loss", "route_stability", "uptime_percent"}},
				{Name: "topology", Metrics: []string{"node_count", "avg_degree", "peer_count_seen"}},
			},
			forbidden: []string{"user_location", "device_mac", "device_imei", "user_ip_history", "content_hash", "search_queries", "payment_data"},
			rate:      10,
			overRate:  Penalty{Kind: PenaltyRateLimit, Duration: time.Hour},
		},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			c, err := Load(tt.file)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			raw, err := os.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if c.SHA256() != sha256.Sum256(raw) {
				t.Errorf("SHA256 is not the hash of the file bytes")
			}
			if !slices.Equal(c.Bytes(), raw) {
				t.Errorf("Bytes differ from the file")
			}
			if c.Name() != tt.file {
				t.Errorf("Name = %q", c.Name())
			}
			if c.Version() != tt.version {
				t.Errorf("Version = %d, want %d", c.Version(), tt.version)
			}
			if got := c.Categories(); !slices.EqualFunc(got, tt.categories, func(a, b Category) bool {
				return a.Name == b.Name && slices.Equal(a.Metrics, b.Metrics)
			}) {
				t.Errorf("Categories = %v, want %v", got, tt.categories)
			}
			if got := c.ForbiddenMetrics(); !slices.Equal(got, tt.forbidden) {
				t.Errorf("Forbidden = %v, want %v", got, tt.forbidden)
			}
			if c.MaxCollectionRateHz() != tt.rate {
				t.Errorf("rate = %v, want %v", c.MaxCollectionRateHz(), tt.rate)
			}
			r, ok := c.Rule(ViolationOverCollectionRate)
			if !ok || r.Penalty != tt.overRate || r.Type != ViolationOverCollectionRate {
				t.Errorf("over-rate rule = %+v, want penalty %v", r, tt.overRate)
			}
			if len(c.Rules()) != 4 {
				t.Errorf("Rules = %v", c.Rules())
			}
			for _, cat := range tt.categories {
				for _, m := range cat.Metrics {
					if !c.Allows(m) || c.Forbids(m) {
						t.Errorf("%s: Allows=%v Forbids=%v", m, c.Allows(m), c.Forbids(m))
					}
					if got, _ := c.CategoryOf(m); got != cat.Name {
						t.Errorf("CategoryOf(%s) = %q", m, got)
					}
				}
			}
			for _, m := range tt.forbidden {
				if c.Allows(m) || !c.Forbids(m) {
					t.Errorf("%s: Allows=%v Forbids=%v", m, c.Allows(m), c.Forbids(m))
				}
			}
			if c.Allows("never_listed") || c.Forbids("never_listed") {
				t.Error("an unlisted metric is allowed or forbidden")
			}
		})
	}
}

// TestLoadBad pins the exact message and position of every class of
// mistake. Each file is testdata/good/minimal.yaml with one change.
func TestLoadBad(t *testing.T) {
	tests := []struct{ file, want string }{
		{"unknown_key", `3:1: unknown key "colour" in charter (want one of version, description, allowed_metrics, forbidden_metrics, max_collection_rate_hz or violations)`},
		{"unknown_key_violation", `12:29: unknown key "sev" in violation (want one of type, severity or penalty)`},
		{"version_string", `1:10: version: want a positive integer, got string "2"`},
		{"version_float", `1:10: version: want a positive integer, got number 1.5`},
		{"version_zero", `1:10: version: want a positive integer up to 2147483647, got 0`},
		{"missing_version", `1:1: missing required key "version"`},
		{"rate_string", `8:25: max_collection_rate_hz: want a number, got string "fast"`},
		{"rate_zero", `8:25: max_collection_rate_hz must be > 0, got 0`},
		{"rate_negative", `8:25: max_collection_rate_hz must be > 0, got -2.5`},
		{"rate_inf", `8:25: max_collection_rate_hz: want a number, got infinity`},
		{"allowed_list", `3:18: allowed_metrics: want a mapping, got list`},
		{"category_scalar", `4:12: category "latency": want a list, got string "latency_p50"`},
		{"category_empty", `4:12: category "latency" lists no metrics`},
		{"both_forbidden_second", `7:36: metric "latency_p99" is both allowed (in category "latency" at 4:26) and forbidden`},
		{"both_allowed_second", `7:7: metric "node_count" is both forbidden (at 3:36) and allowed`},
		{"dup_within_category", `4:39: duplicate metric "latency_p50" (already allowed in category "latency" at 4:13)`},
		{"dup_across_categories", `7:7: duplicate metric "latency_p99" (already allowed in category "latency" at 4:26)`},
		{"dup_forbidden", `7:48: duplicate metric "user_location" (already forbidden at 7:21)`},
		{"dup_key", `2:1: duplicate key "version" (first at 1:1)`},
		{"dup_category", `7:3: duplicate key "latency" (first at 4:3)`},
		{"bad_name", `6:7: metric "Node-Count": names are lowercase letters, digits and _, start with a letter, at most 64 bytes`},
		{"bad_category_name", `5:3: category "Topology": names are lowercase letters, digits and _, start with a letter, at most 64 bytes`},
		{"metric_number", `6:7: metric: want a name, got integer 42`},
		{"description_number", `2:14: description: want a string, got integer 42`},
		{"bad_penalty", `10:59: bad penalty "node_banned_24h" (want node_suspended_<duration>, rate_limited_<duration> or warn)`},
		{"bad_duration", `10:59: bad penalty "node_suspended_24x": bad duration "24x": unit 'x' is unknown or out of order (units d, h, m, s, largest first, each once)`},
		{"bad_duration_zero", `13:66: bad penalty "rate_limited_0h": bad duration "0h": must be positive`},
		{"penalty_too_long", `10:59: bad penalty "node_suspended_400d": longer than 365d`},
		{"unknown_violation_type", `12:12: unknown violation type "unknown_metric" (want one of forbidden_metric, silent_collection, unlisted_metric or metric_over_collection_rate)`},
		{"unknown_severity", `12:39: unknown severity "severe" (want one of low, medium, high or critical)`},
		{"missing_rule", `9:1: violations: no rule for violation type "silent_collection"`},
		{"dup_rule", `13:12: duplicate rule for violation type "unlisted_metric" (first at 12:12)`},
		{"violation_missing_penalty", `12:5: violation: missing required key "penalty"`},
		{"violations_mapping", `9:13: violations: want a list, got mapping`},
		{"anchor", `4:12: anchors (&name) are not allowed in a charter`},
		{"alias", `8:36: aliases (*name) are not allowed in a charter`},
		{"tag", `1:10: tags (!name) are not allowed in a charter`},
		{"multi_doc", `14:1: more than one YAML document`},
		{"syntax_error", `5:3: ',' or ']' must be specified`},
		{"empty", ` empty document`},
		{"comment_only", ` empty document`},
	}
	files, err := filepath.Glob("testdata/bad/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(tests) {
		t.Errorf("%d files in testdata/bad, %d cases: every bad file needs a case", len(files), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := "testdata/bad/" + tt.file + ".yaml"
			c, err := Load(path)
			if err == nil {
				t.Fatalf("Load succeeded: version %d", c.Version())
			}
			if got, want := err.Error(), path+":"+tt.want; got != want {
				t.Errorf("error\n got %s\nwant %s", got, want)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("error does not wrap ErrInvalid")
			}
			var e *Error
			if !errors.As(err, &e) || e.File != path {
				t.Fatalf("error is %T, want *Error for %s", err, path)
			}
			if positioned := !strings.HasPrefix(tt.want, " "); positioned != (e.Line > 0 && e.Column > 0) {
				t.Errorf("position %d:%d in %+v", e.Line, e.Column, e)
			}
		})
	}
}

func TestParseInline(t *testing.T) {
	const tail = "\nallowed_metrics: {a: [x]}\nmax_collection_rate_hz: 1\nviolations:\n" +
		"  - {type: forbidden_metric, severity: critical, penalty: warn}\n" +
		"  - {type: silent_collection, severity: critical, penalty: warn}\n" +
		"  - {type: unlisted_metric, severity: low, penalty: warn}\n" +
		"  - {type: metric_over_collection_rate, severity: high, penalty: warn}\n"
	tests := []struct {
		name, doc, want string // want "" means it parses
	}{
		{"document header", "---\nversion: 1" + tail, ""},
		{"block description", "version: 1\ndescription: |\n  two\n  lines" + tail, ""},
		{"huge version", "version: 99999999999999999999" + tail, `x.yaml:1:10: version: want a positive integer up to 2147483647, got 99999999999999999999`},
		{"negative version", "version: -3" + tail, `x.yaml:1:10: version: want a positive integer up to 2147483647, got -3`},
		{"null version", "version:\nfoo: 1", `x.yaml:1:9: version: want a positive integer, got null`},
		{"rate too small", "version: 1\nmax_collection_rate_hz: 1e-9" + strings.Replace(tail, "max_collection_rate_hz: 1\n", "", 1), `x.yaml:2:25: max_collection_rate_hz must be between 1e-06 and 1e+06, got 1e-9`},
		{"rate exponent", "version: 1\nmax_collection_rate_hz: 2.5e-1" + strings.Replace(tail, "max_collection_rate_hz: 1\n", "", 1), ""},
		{"rate huge", "version: 1\nmax_collection_rate_hz: 1e999", `x.yaml:2:25: max_collection_rate_hz: 1e999 is out of range`},
		{"quoted rate", "version: 1\nmax_collection_rate_hz: \"10\"", `x.yaml:2:25: max_collection_rate_hz: want a number, got string "10"`},
		{"rate nan", "version: 1\nmax_collection_rate_hz: .nan", `x.yaml:2:25: max_collection_rate_hz: want a number, got NaN`},
		{"explicit key", "? version\n: 1", `x.yaml:1:1: explicit keys (? key) are not allowed in a charter`},
		{"merge key", "version: 1\n<<: {a: 1}", `x.yaml:2:1: merge keys (<<) are not allowed in a charter`},
		{"integer key", "1: 2", `x.yaml:1:1: charter: keys must be strings, got integer 1`},
		{"top level list", "- 1\n- 2", `x.yaml:1:1: charter: want a mapping, got list`},
		{"top level scalar", "hello", `x.yaml:1:1: charter: want a mapping, got string "hello"`},
		{"invalid utf8", "version: 1\ndescription: \xff\xfe", `x.yaml: charter is not valid UTF-8`},
		{"too big", "version: 1\ndescription: " + strings.Repeat("x", MaxCharterSize), `x.yaml: charter is larger than 16384 bytes`},
		{"long name", "version: 1\nallowed_metrics: {a: [" + strings.Repeat("m", MaxNameLen+1) + "]}", `x.yaml:2:23: metric "` + strings.Repeat("m", 40) + `...": names are lowercase letters, digits and _, start with a letter, at most 64 bytes`},
		{"name at limit", "version: 1" + strings.Replace(tail, "[x]", "["+strings.Repeat("m", MaxNameLen)+"]", 1), ""},
		{"rule not a mapping", "version: 1\nviolations: [warn]", `x.yaml:2:14: violation: want a mapping, got string "warn"`},
		{"penalty number", "version: 1\nviolations: [{penalty: 5}]", `x.yaml:2:24: penalty: want a string, got integer 5`},
		{"forbidden scalar", "version: 1\nforbidden_metrics: user_location", `x.yaml:2:20: forbidden_metrics: want a list, got string "user_location"`},
		{"missing allowed", "version: 1\nmax_collection_rate_hz: 1\nviolations: []", `x.yaml:3:1: violations: no rule for violation type "forbidden_metric"`},
		{"only version", "version: 1", `x.yaml:1:1: missing required key "allowed_metrics"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse("x.yaml", []byte(tt.doc))
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("Parse: %v", err)
			case tt.want == "" && c.Version() != 1:
				t.Fatalf("version %d", c.Version())
			case tt.want != "" && err == nil:
				t.Fatalf("Parse succeeded, want %s", tt.want)
			case tt.want != "" && err.Error() != tt.want:
				t.Errorf("error\n got %s\nwant %s", err, tt.want)
			}
		})
	}
}

func TestDefault(t *testing.T) {
	c := Default()
	if c != Default() {
		t.Error("Default is not shared")
	}
	if c.Name() != DefaultName || c.Version() != 1 || c.MaxCollectionRateHz() != 10 || c.MinInterval() != 100*time.Millisecond {
		t.Errorf("default: name %q version %d rate %v", c.Name(), c.Version(), c.MaxCollectionRateHz())
	}
	wantAllowed := []string{"latency_p50", "latency_p99", "latency_p999", "packet_loss", "route_stability", "uptime_percent", "node_count", "avg_degree", "peer_count_seen"}
	if got := c.AllowedMetrics(); !slices.Equal(got, wantAllowed) {
		t.Errorf("allowed = %v", got)
	}
	wantRules := []Rule{
		{ViolationForbiddenMetric, SeverityCritical, Penalty{PenaltySuspend, 24 * time.Hour}},
		{ViolationSilentCollection, SeverityCritical, Penalty{PenaltySuspend, 7 * 24 * time.Hour}},
		{ViolationUnlistedMetric, SeverityMedium, Penalty{Kind: PenaltyWarn}},
		{ViolationOverCollectionRate, SeverityHigh, Penalty{PenaltyRateLimit, time.Hour}},
	}
	if got := c.Rules(); !slices.Equal(got, wantRules) {
		t.Errorf("rules = %+v", got)
	}
	file, err := os.ReadFile("charter.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if c.SHA256() != sha256.Sum256(file) {
		t.Error("Default is not the example file")
	}
}

func TestLoadErrors(t *testing.T) {
	_, err := Load("testdata/does-not-exist.yaml")
	if !errors.Is(err, fs.ErrNotExist) || errors.Is(err, ErrInvalid) {
		t.Errorf("missing file: %v", err)
	}
	if !strings.HasPrefix(err.Error(), "load charter testdata/does-not-exist.yaml: ") {
		t.Errorf("missing file: %v", err)
	}
	big := filepath.Join(t.TempDir(), "big.yaml")
	if err := os.WriteFile(big, make([]byte, MaxCharterSize+10), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(big); err == nil || err.Error() != big+": charter is larger than 16384 bytes" {
		t.Errorf("big file: %v", err)
	}
}

func TestCharterJSON(t *testing.T) {
	c, err := Load("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var s Summary
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	if s.Version != 2 || s.SHA256 != c.SHA256Hex() || s.Size != len(c.Bytes()) || s.Description != "minimal" || s.MaxCollectionRateHz != 0.5 {
		t.Errorf("summary %+v", s)
	}
	if len(s.AllowedMetrics) != 2 || s.AllowedMetrics[0].Name != "latency" || !slices.Equal(s.ForbiddenMetrics, []string{"user_location", "device_mac"}) {
		t.Errorf("summary metrics %+v", s)
	}
	if !slices.Equal(s.Violations, c.Rules()) {
		t.Errorf("violations %+v", s.Violations)
	}
	for _, frag := range []string{`"penalty":"rate_limited_1h30m"`, `"type":"metric_over_collection_rate"`, `"severity":"critical"`} {
		if !strings.Contains(string(b), frag) {
			t.Errorf("JSON lacks %s: %s", frag, b)
		}
	}
	// An empty forbidden list is [] in JSON, never null.
	b, _ = json.Marshal(mustParse(t, string(must(os.ReadFile("testdata/good/flow.yaml")))))
	if !strings.Contains(string(b), `"forbidden_metrics":[]`) {
		t.Errorf("empty forbidden list: %s", b)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestCharterIsImmutable(t *testing.T) {
	c := mustParse(t, string(must(os.ReadFile("testdata/good/minimal.yaml"))))
	c.Categories()[0].Metrics[0] = "changed"
	c.ForbiddenMetrics()[0] = "changed"
	c.Bytes()[0] = 'X'
	if c.Categories()[0].Metrics[0] != "latency_p50" || c.ForbiddenMetrics()[0] != "user_location" || c.Bytes()[0] != 'v' {
		t.Error("accessors leak internal slices")
	}
}
