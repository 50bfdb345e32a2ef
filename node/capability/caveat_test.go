package capability

import (
	"bufio"
	"errors"
	"net/netip"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParseCaveat(t *testing.T) {
	tests := []struct {
		in   string
		want Caveat
		text string // canonical String()
	}{
		{"ops=peers:read,refuge:publish", OpsCaveat(OpPeersRead, OpRefugePublish), "ops=peers:read,refuge:publish"},
		{"expires=2026-12-01T12:00:00+02:00", ExpiresCaveat(time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)), "expires=2026-12-01T10:00:00Z"},
		{"ip=10.1.2.3/8", IPCaveat(netip.MustParsePrefix("10.0.0.0/8")), "ip=10.0.0.0/8"},
		{"ip=10.1.2.3", IPCaveat(netip.MustParsePrefix("10.1.2.3/32")), "ip=10.1.2.3"},
		{"ip=2001:db8::1/128", IPCaveat(netip.MustParsePrefix("2001:db8::1/128")), "ip=2001:db8::1"},
		{"uses=30/m", UsesCaveat(30), "uses=30/m"},
		{"proposal-executed=0xab12", ProposalCaveat("0xab12"), "proposal-executed=0xab12"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseCaveat(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if !caveatEqual(got, tc.want) {
				t.Fatalf("ParseCaveat = %+v, want %+v", got, tc.want)
			}
			if s := got.String(); s != tc.text {
				t.Fatalf("String = %q, want %q", s, tc.text)
			}
		})
	}
}

// TestCaveatFixtures runs testdata/caveats.txt: what is accepted, what is
// denied (with ErrCaveat and a one-line reason), and that accepted ones
// round-trip.
func TestCaveatFixtures(t *testing.T) {
	f, err := os.Open("testdata/caveats.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		verdict, cond, _ := strings.Cut(l, " ")
		n++
		c, err := ParseCaveat(cond)
		switch verdict {
		case "ok":
			if err != nil {
				t.Errorf("line %d: %q: %v", line, cond, err)
				continue
			}
			back, err := ParseCaveat(c.String())
			if err != nil || !caveatEqual(back, c) {
				t.Errorf("line %d: %q prints as %q which parses to %+v, %v", line, cond, c.String(), back, err)
			}
		case "deny":
			if !errors.Is(err, ErrCaveat) {
				t.Errorf("line %d: %q: err %v, want ErrCaveat", line, cond, err)
			} else if strings.Contains(err.Error(), "\n") {
				t.Errorf("line %d: reason not one line: %q", line, err)
			}
		default:
			t.Fatalf("line %d: verdict %q", line, verdict)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 40 {
		t.Fatalf("only %d fixtures read", n)
	}
}

func caveatEqual(a, b Caveat) bool {
	if a.Kind == KindExpires && b.Kind == KindExpires {
		return a.Expires.Equal(b.Expires)
	}
	return reflect.DeepEqual(a, b)
}

func TestDescribe(t *testing.T) {
	now := t0
	tests := []struct {
		c    Caveat
		want string
	}{
		{OpsCaveat(OpPeersRead, OpRefugePublish), "may: read peers, publish refuge"},
		{OpsCaveat(AllOps()...), "may: everything"},
		{ExpiresCaveat(now.Add(5 * 24 * time.Hour)), "expires 2026-12-01 10:00 UTC (in 5 days)"},
		{ExpiresCaveat(now.Add(5*24*time.Hour - time.Second)), "expires 2026-12-01 09:59 UTC (in 5 days)"},
		{ExpiresCaveat(now.Add(3 * time.Hour)), "expires 2026-11-26 13:00 UTC (in 3 hours)"},
		{ExpiresCaveat(now.Add(59*time.Minute + 50*time.Second)), "expires 2026-11-26 10:59 UTC (in 1 hour)"},
		{ExpiresCaveat(now.Add(90 * time.Second)), "expires 2026-11-26 10:01 UTC (in 2 minutes)"},
		{ExpiresCaveat(now.Add(10 * time.Second)), "expires 2026-11-26 10:00 UTC (in under a minute)"},
		{ExpiresCaveat(now.Add(-time.Minute)), "expired 2026-11-26 09:59 UTC (1 minute ago)"},
		{ExpiresCaveat(now), "expired 2026-11-26 10:00 UTC (under a minute ago)"},
		{IPCaveat(netip.MustParsePrefix("10.0.0.0/8")), "only from 10.0.0.0/8"},
		{IPCaveat(netip.MustParsePrefix("10.0.0.1/32")), "only from 10.0.0.1"},
		{UsesCaveat(30), "at most 30 requests a minute"},
		{UsesCaveat(1), "at most 1 request a minute"},
		{ProposalCaveat("0xab1234567890cd"), "only while proposal 0xab12...cd is executed on chain"},
		{ProposalCaveat("42"), "only while proposal 42 is executed on chain"},
	}
	for _, tc := range tests {
		if got := tc.c.Describe(now); got != tc.want {
			t.Errorf("Describe(%s) = %q, want %q", tc.c, got, tc.want)
		}
	}
}
