package cradle

import (
	"errors"
	"strings"
	"testing"
)

func TestGateEval(t *testing.T) {
	vals := map[string]float64{"latency_p99": 150, "packet_loss": 0.02, "node_count": 9, "route_stability": 0.97}
	for _, tt := range []struct {
		src  string
		want bool
	}{
		{"latency_p99 < 200", true},
		{"latency_p99 < 150", false},
		{"latency_p99 <= 150", true},
		{"latency_p99 > 149.5", true},
		{"latency_p99 >= 151", false},
		{"node_count == 9", true},
		{"node_count != 9", false},
		{"packet_loss <= 0.01 && node_count >= 8", false},
		{"packet_loss <= 0.01 || node_count >= 8", true},
		// && binds tighter than ||.
		{"packet_loss <= 0.01 && node_count >= 8 || latency_p99 < 200", true},
		{"packet_loss <= 0.01 && (node_count >= 8 || latency_p99 < 200)", false},
		{"((latency_p99 < 1e3))", true},
		{"route_stability >= .95 && latency_p99 < 2e2", true},
		{"packet_loss < -1", false},
	} {
		g, err := ParseGate(tt.src)
		if err != nil {
			t.Fatalf("%q: %v", tt.src, err)
		}
		got, err := g.Eval(vals)
		if err != nil || got != tt.want {
			t.Errorf("%q = %v, %v; want %v", tt.src, got, err, tt.want)
		}
		// The canonical form parses back to the same gate.
		again, err := ParseGate(g.String())
		if err != nil || again.String() != g.String() {
			t.Errorf("%q: canonical %q does not round-trip: %v", tt.src, g.String(), err)
		}
	}
}

func TestGateMetricsAndMissing(t *testing.T) {
	g := MustParseGate("latency_p99 < 200 || (node_count >= 8 && latency_p99 < 500)")
	if m := g.Metrics(); strings.Join(m, ",") != "latency_p99,node_count" {
		t.Fatalf("metrics %v", m)
	}
	// A gate holds only on complete data, even where || would short-circuit.
	_, err := g.Eval(map[string]float64{"latency_p99": 10})
	if !errors.Is(err, ErrMissingMetric) || !strings.Contains(err.Error(), "node_count") {
		t.Fatalf("missing metric: %v", err)
	}
}

func TestGateErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"", "at column 1: empty expression (want e.g. latency_p99 < 200)"},
		{"latency_p99", `at column 12: expected a comparison operator (<, <=, >, >=, ==, !=) after "latency_p99", found end of expression`},
		{"latency_p99 <", `at column 14: expected a number after "<", found end of expression`},
		{"latency_p99 = 3", `at column 13: "=" is not a comparison (use ==)`},
		{"latency_p99 < 200 && ", `at column 22: expected a comparison such as latency_p99 < 200, found end of expression`},
		{"&& latency_p99 < 200", `at column 1: "&&" needs a comparison on its left`},
		{"(latency_p99 < 200", `at column 19: expected ")", found end of expression`},
		{"latency_p99 < 200)", `at column 18: unexpected ")" after a complete expression (join comparisons with && or ||)`},
		{"latency_p99 < 200 node_count > 1", `at column 19: unexpected metric "node_count" after a complete expression (join comparisons with && or ||)`},
		{"Latency < 3", `at column 1: "Latency" is not a metric name (lower case letters, digits and _)`},
		{"latency_p99 < 1e999", `at column 15: "1e999" is not a finite number`},
		{"latency_p99 < 1.2.3", `at column 15: "1.2.3" is not a finite number`},
		{"200 > latency_p99", `at column 1: expected a comparison such as latency_p99 < 200, found number 200`},
		{"latency_p99 < 2 & x", `at column 17: unexpected "&" after a complete expression (join comparisons with && or ||)`},
		{strings.Repeat("(", 17) + "a < 1" + strings.Repeat(")", 17), "at column 17: parentheses nested deeper than 16"},
		{strings.Repeat("a < 1 && ", 64) + "a < 1", "at column 577: more than 64 comparisons"},
		{strings.Repeat(" ", 1025), "at column 1025: longer than 1024 bytes"},
	} {
		_, err := ParseGate(tt.src)
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseGate(%q)\n got: %v\nwant: %s", tt.src, err, tt.want)
			continue
		}
		if !errors.Is(err, ErrGateSyntax) {
			t.Errorf("%q: not an ErrGateSyntax", tt.src)
		}
	}
}

func TestGateText(t *testing.T) {
	var g Gate
	if err := g.UnmarshalText([]byte(" latency_p99<200&&node_count>=8 ")); err != nil {
		t.Fatal(err)
	}
	b, _ := g.MarshalText()
	if string(b) != "latency_p99<200&&node_count>=8" || g.String() != "latency_p99 < 200 && node_count >= 8" {
		t.Fatalf("text %q canonical %q", b, g.String())
	}
}

// FuzzGate: any string parses or fails with a GateError inside it; what
// parses has a canonical form that parses to itself and evaluates.
func FuzzGate(f *testing.F) {
	for _, s := range []string{
		"latency_p99 < 200", "packet_loss <= 0.01 && node_count >= 8",
		"(a < 1 || b > 2) && c == 3", "x != -1e-3", "((", "a <", "a < 1 &&", "a = 1", "\xff", "a<1||b<2&&c<3",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		g, err := ParseGate(src)
		if err != nil {
			var ge *GateError
			if !errors.As(err, &ge) || ge.Offset < 0 || ge.Offset > len(src) {
				t.Fatalf("%q: bad error %#v", src, err)
			}
			return
		}
		canon := g.String()
		g2, err := ParseGate(canon)
		if err != nil || g2.String() != canon {
			t.Fatalf("%q: canonical %q does not round-trip: %v", src, canon, err)
		}
		vals := map[string]float64{}
		for _, m := range g.Metrics() {
			vals[m] = 1
		}
		a, err1 := g.Eval(vals)
		b, err2 := g2.Eval(vals)
		if err1 != nil || err2 != nil || a != b {
			t.Fatalf("%q: eval %v/%v %v/%v", src, a, err1, b, err2)
		}
	})
}
