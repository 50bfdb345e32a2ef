package narrative

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/node/strictyaml"
)

func TestDefaultStoryline(t *testing.T) {
	s, err := DefaultStoryline(charter.Default())
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Chapters) < 3 {
		t.Fatalf("default storyline has %d chapters", len(s.Chapters))
	}
	kinds := map[string]bool{}
	for _, c := range s.Chapters {
		for _, g := range c.Goals {
			kinds[g.Metric] = true
		}
	}
	for _, m := range []string{MetricUptime, MetricVote, MetricRefugePin} {
		if !kinds[m] {
			t.Errorf("default storyline has no goal over %s", m)
		}
	}
}

func TestStorylineErrors(t *testing.T) {
	valid := "version: 1\nkind: Storyline\nname: s\ntitle: S\nchapters:\n  - name: c\n    title: C\n    badge: {name: b, title: B}\n    goals:\n      - metric: votes_cast\n        at_least: 3\n"
	strict := func(s string) string {
		return strings.Replace(valid, "      - metric: votes_cast\n        at_least: 3\n", s, 1)
	}
	tests := []struct {
		name, doc, want string
	}{
		{"unknown key", valid + "extra: 1\n", "s.yaml:12:1"},
		{"unknown metric", strict("      - metric: user_location\n        at_least: 3\n"), `s.yaml:10:17: unknown metric "user_location"`},
		{"bad count", strict("      - metric: votes_cast\n        at_least: many\n"), "s.yaml:11:19: count"},
		{"bad size", strict("      - metric: refuge_pinned_bytes\n        at_least: 1GB\n"), "s.yaml:11:19: size"},
		{"bad duration", strict("      - metric: uptime_witnessed\n        at_least: 1w\n"), "s.yaml:11:19: duration"},
		{"held_for on votes", strict("      - metric: votes_cast\n        at_least: 3\n        held_for: 1d\n"), "s.yaml:12:19: held_for applies"},
		{"no goals", strings.Replace(valid, "      - metric: votes_cast\n        at_least: 3\n", "", 1) + "", "s.yaml:9:12: chapter \"c\" has no goals"},
		{"wrong version", strings.Replace(valid, "version: 1", "version: 2", 1), "s.yaml:1:10: version 2"},
		{"duplicate chapter", valid + "  - name: c\n    title: C2\n    badge: {name: b2, title: B}\n    goals: [{metric: votes_cast, at_least: 1}]\n", "s.yaml:12:11: chapter \"c\" appears twice"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseStoryline("s.yaml", []byte(tc.doc), charter.Default())
			if err == nil || !errors.Is(err, ErrStoryline) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one containing %q", err, tc.want)
			}
			var se *strictyaml.Error
			if !errors.As(err, &se) || se.Line == 0 {
				t.Fatalf("error %v has no position", err)
			}
		})
	}
}

// A goal may only use what the charter allows.
func TestStorylineCharter(t *testing.T) {
	c, err := charter.Parse("c.yaml", []byte(`version: 2
description: no votes in stories, no uptime telemetry
allowed_metrics:
  latency: [latency_p50]
forbidden_metrics: [votes_cast]
max_collection_rate_hz: 1
violations:
  - {type: forbidden_metric, severity: critical, penalty: node_suspended_24h}
  - {type: silent_collection, severity: critical, penalty: node_suspended_7d}
  - {type: unlisted_metric, severity: medium, penalty: warn}
  - {type: metric_over_collection_rate, severity: high, penalty: rate_limited_1h}
`))
	if err != nil {
		t.Fatal(err)
	}
	_, err = LoadStoryline(filepath.Join("testdata", "valid.yaml"), c)
	if err == nil || !strings.Contains(err.Error(), "valid.yaml:9:17") || !strings.Contains(err.Error(), "forbids") {
		t.Fatalf("goal over a forbidden metric: %v", err)
	}
	if _, err := DefaultStoryline(c); err == nil || !strings.Contains(err.Error(), "uptime_percent") {
		t.Fatalf("uptime goal under a charter without uptime telemetry: %v", err)
	}
}

func TestStorylineProgress(t *testing.T) {
	s, err := LoadStoryline(filepath.Join("testdata", "valid.yaml"), charter.Default())
	if err != nil {
		t.Fatal(err)
	}
	ids := idents(t, 5, 4)
	p := testParams(ids[0])
	at := t0.Add(time.Hour)
	items := []Evidence{
		sign(t, ids[0], Evidence{Kind: KindVote, Subject: ids[1].id, Time: at, Ref: "1", Proof: VoteProof(common.Address{}, common.Hash{})}),
		sign(t, ids[0], Evidence{Kind: KindVote, Subject: ids[1].id, Time: at, Ref: "2", Proof: VoteProof(common.Address{}, common.Hash{})}),
		sign(t, ids[0], Evidence{Kind: KindRefugePin, Subject: ids[1].id, Time: at, Ref: "m", Amount: 2 << 20}),
	}
	r := Compute(items, at.Add(time.Hour), p)
	pr := s.Progress(r.Score(ids[1].id), r.At)
	if !pr.Chapters[0].Complete || pr.Chapters[1].Complete || !pr.Chapters[1].Open || len(pr.Badges) != 1 || pr.Complete {
		t.Fatalf("after an hour: %+v", pr)
	}
	if g := pr.Chapters[1].Goals[0]; g.Value != 0 {
		t.Fatalf("pin held 1h counts %v towards held_for 1d", g.Value)
	}
	r = Compute(items, at.Add(25*time.Hour), p)
	pr = s.Progress(r.Score(ids[1].id), r.At)
	if !pr.Complete || len(pr.Badges) != 2 || pr.Badges[1].Name != "keeper" {
		t.Fatalf("after a day: %+v", pr)
	}
	// Chapters are played in order: the pin alone opens nothing.
	r = Compute(items[2:], at.Add(25*time.Hour), p)
	pr = s.Progress(r.Score(ids[1].id), r.At)
	if pr.Chapters[1].Complete || pr.Chapters[1].Open || len(pr.Badges) != 0 {
		t.Fatalf("second chapter complete before the first: %+v", pr)
	}
}
