package charter

import (
	"encoding/json"
	"errors"
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	const day = 24 * time.Hour
	tests := []struct {
		in   string
		want time.Duration
		err  string
	}{
		{"1h", time.Hour, ""},
		{"30m", 30 * time.Minute, ""},
		{"24h", 24 * time.Hour, ""},
		{"7d", 7 * day, ""},
		{"1d12h", 36 * time.Hour, ""},
		{"1h30m", 90 * time.Minute, ""},
		{"2d3h4m5s", 2*day + 3*time.Hour + 4*time.Minute + 5*time.Second, ""},
		{"90s", 90 * time.Second, ""},
		{"0010m", 10 * time.Minute, ""},
		{"", 0, `bad duration: empty (want e.g. 30m, 24h, 7d)`},
		{"h", 0, `bad duration "h": want <number><unit> with unit d, h, m or s`},
		{"10", 0, `bad duration "10": missing unit (d, h, m or s)`},
		{"0h", 0, `bad duration "0h": must be positive`},
		{"0d0s", 0, `bad duration "0d0s": must be positive`},
		{"1.5h", 0, `bad duration "1.5h": unit '.' is unknown or out of order (units d, h, m, s, largest first, each once)`},
		{"1ms", 0, `bad duration "1ms": want <number><unit> with unit d, h, m or s`},
		{"1w", 0, `bad duration "1w": unit 'w' is unknown or out of order (units d, h, m, s, largest first, each once)`},
		{"30m1h", 0, `bad duration "30m1h": unit 'h' is unknown or out of order (units d, h, m, s, largest first, each once)`},
		{"1h1h", 0, `bad duration "1h1h": unit 'h' is unknown or out of order (units d, h, m, s, largest first, each once)`},
		{"-1h", 0, `bad duration "-1h": want <number><unit> with unit d, h, m or s`},
		{"1H", 0, `bad duration "1H": unit 'H' is unknown or out of order (units d, h, m, s, largest first, each once)`},
		{"1234567890d", 0, `bad duration "1234567890d": number too large`},
		{"999999999d", 0, `bad duration "999999999d": too long`},
		{"106751d99999999h", 0, `bad duration "106751d99999999h": too long`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDuration(tt.in)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err || !errors.Is(err, ErrBadDuration) {
					t.Fatalf("ParseDuration(%q) = %v, %v; want error %s", tt.in, got, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseDuration(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
			back, err := ParseDuration(FormatDuration(got))
			if err != nil || back != got {
				t.Errorf("round trip through %q: %v, %v", FormatDuration(got), back, err)
			}
		})
	}
}

func TestFormatDuration(t *testing.T) {
	tests := []struct {
		in   time.Duration
		want string
	}{
		{time.Hour, "1h"},
		{24 * time.Hour, "24h"},
		{36 * time.Hour, "36h"},
		{48 * time.Hour, "2d"},
		{7 * 24 * time.Hour, "7d"},
		{50 * time.Hour, "50h"},
		{90 * time.Minute, "1h30m"},
		{61 * time.Second, "1m1s"},
		{1500 * time.Millisecond, "1s"},
		{0, "0s"},
		{time.Millisecond, "0s"},
	}
	for _, tt := range tests {
		if got := FormatDuration(tt.in); got != tt.want {
			t.Errorf("FormatDuration(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParsePenalty(t *testing.T) {
	tests := []struct {
		in   string
		want Penalty
		err  error
	}{
		{"warn", Penalty{Kind: PenaltyWarn}, nil},
		{"node_suspended_24h", Penalty{PenaltySuspend, 24 * time.Hour}, nil},
		{"node_suspended_7d", Penalty{PenaltySuspend, 7 * 24 * time.Hour}, nil},
		{"rate_limited_30m", Penalty{PenaltyRateLimit, 30 * time.Minute}, nil},
		{"rate_limited_365d", Penalty{PenaltyRateLimit, MaxPenaltyDuration}, nil},
		{"rate_limited_366d", Penalty{}, ErrBadPenalty},
		{"rate_limited_", Penalty{}, ErrBadDuration},
		{"node_suspended_forever", Penalty{}, ErrBadDuration},
		{"warn_1h", Penalty{}, ErrBadPenalty},
		{"WARN", Penalty{}, ErrBadPenalty},
		{"suspend_1h", Penalty{}, ErrBadPenalty},
		{"", Penalty{}, ErrBadPenalty},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParsePenalty(tt.in)
			if tt.err != nil {
				if !errors.Is(err, tt.err) || !errors.Is(err, ErrBadPenalty) {
					t.Fatalf("ParsePenalty(%q) = %v, %v; want %v", tt.in, got, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParsePenalty(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
			if got.String() != tt.in {
				t.Errorf("String() = %q, want %q", got.String(), tt.in)
			}
		})
	}
}

func TestEnumsRoundTrip(t *testing.T) {
	for _, vt := range ViolationTypes() {
		got, err := ParseViolationType(vt.String())
		if err != nil || got != vt {
			t.Errorf("ParseViolationType(%q) = %v, %v", vt, got, err)
		}
	}
	for s := SeverityLow; s <= SeverityCritical; s++ {
		got, err := ParseSeverity(s.String())
		if err != nil || got != s {
			t.Errorf("ParseSeverity(%q) = %v, %v", s, got, err)
		}
	}
	if SeverityLow >= SeverityMedium || SeverityHigh >= SeverityCritical {
		t.Error("severities are not ordered")
	}
	if _, err := ParseViolationType("Forbidden_Metric"); !errors.Is(err, ErrUnknownViolationType) {
		t.Errorf("case-folded type accepted: %v", err)
	}
	if _, err := ParseSeverity(""); !errors.Is(err, ErrUnknownSeverity) {
		t.Errorf("empty severity accepted: %v", err)
	}
	if ViolationType(0).Valid() || ViolationType(9).String() != "ViolationType(9)" || Severity(0).Valid() {
		t.Error("zero or out-of-range values are valid")
	}
	if PenaltyRateLimit.String() != "rate_limit" || PenaltyKind(7).String() != "PenaltyKind(7)" {
		t.Error("PenaltyKind.String")
	}

	in := Rule{ViolationUnlistedMetric, SeverityMedium, Penalty{PenaltyRateLimit, time.Hour}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"type":"unlisted_metric","severity":"medium","penalty":"rate_limited_1h"}` {
		t.Errorf("JSON %s", b)
	}
	var out Rule
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("JSON round trip: %+v, %v", out, err)
	}
	if _, err := json.Marshal(Rule{}); err == nil {
		t.Error("zero rule marshals")
	}
	if err := json.Unmarshal([]byte(`{"type":"nope"}`), &out); !errors.Is(err, ErrUnknownViolationType) {
		t.Errorf("bad type unmarshals: %v", err)
	}
}
