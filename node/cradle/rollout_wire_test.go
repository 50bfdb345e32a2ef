package cradle

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/cradle/pb"
)

func sampleRollout(t testing.TB) RolloutMessage {
	t.Helper()
	d, _ := ParseValue("gossip.heartbeat", "500ms")
	return RolloutMessage{
		Experiment:   common.HexToHash("0x11"),
		Stage:        1,
		StageName:    "half",
		NodeFraction: 0.5,
		Params:       Params{{Name: "gossip.d", Value: IntValue(8)}, {Name: "gossip.flood_publish", Value: BoolValue(false)}, {Name: "gossip.heartbeat", Value: d}, {Name: "p2p.dht_mode", Value: EnumValue("client")}},
		Gate:         "latency_p99 < 200 && packet_loss <= 0.01",
		Phase:        PhaseRolledBack,
		InCohort:     true,
		Applied:      false,
		StageStarted: time.UnixMilli(1_800_000_000_123).UTC(),
		Reason:       "gate failed",
		ReportHash:   common.HexToHash("0x22"),
	}
}

func TestRolloutWireRoundTrip(t *testing.T) {
	m := sampleRollout(t)
	b, err := EncodeRolloutState(m)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeRolloutState(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Experiment != m.Experiment || got.Stage != m.Stage || got.StageName != m.StageName || got.NodeFraction != m.NodeFraction ||
		got.Gate != m.Gate || got.Phase != m.Phase || got.InCohort != m.InCohort || got.Applied != m.Applied ||
		!got.StageStarted.Equal(m.StageStarted) || got.Reason != m.Reason || got.ReportHash != m.ReportHash || !paramsEqual(got.Params, m.Params) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", got, m)
	}
	for _, p := range got.Params {
		want, _ := m.Params.Get(p.Name)
		if p.Value.Kind() != want.Kind() {
			t.Errorf("%s came back as a %s, want %s", p.Name, p.Value.Kind(), want.Kind())
		}
	}
	b2, _ := EncodeRolloutState(got)
	if !bytes.Equal(b, b2) {
		t.Error("encoding is not deterministic")
	}
}

func TestRolloutWireRejects(t *testing.T) {
	enc := func(edit func(*pb.RolloutState)) []byte {
		b, err := EncodeRolloutState(sampleRollout(t))
		if err != nil {
			t.Fatal(err)
		}
		var st pb.RolloutState
		if err := proto.Unmarshal(b, &st); err != nil {
			t.Fatal(err)
		}
		edit(&st)
		out, err := proto.Marshal(&st)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"garbage", []byte{0xff, 0xff, 0xff}, "cannot parse"},
		{"version", enc(func(s *pb.RolloutState) { s.Version = 2 }), "version 2"},
		{"short id", enc(func(s *pb.RolloutState) { s.ExperimentId = []byte{1} }), "experiment id"},
		{"zero id", enc(func(s *pb.RolloutState) { s.ExperimentId = make([]byte, 32) }), "experiment id"},
		{"no report hash", enc(func(s *pb.RolloutState) { s.ReportHash = nil }), "report hash"},
		{"stage", enc(func(s *pb.RolloutState) { s.Stage = MaxStages }), "stage 16"},
		{"fraction 0", enc(func(s *pb.RolloutState) { s.NodeFraction = 0 }), "outside (0, 1]"},
		{"fraction >1", enc(func(s *pb.RolloutState) { s.NodeFraction = 1.5 }), "outside (0, 1]"},
		{"phase", enc(func(s *pb.RolloutState) { s.Phase = 0 }), "phase 0"},
		{"gate", enc(func(s *pb.RolloutState) { s.Gate = "latency_p99 <" }), "gate"},
		{"unknown tunable", enc(func(s *pb.RolloutState) { s.Params["gossip.fanout"] = "3" }), "unknown tunable"},
		{"out of range", enc(func(s *pb.RolloutState) { s.Params["gossip.d"] = "1000" }), "out of range"},
		{"bad bool", enc(func(s *pb.RolloutState) { s.Params["gossip.flood_publish"] = "1" }), "true or false"},
		{"bad enum", enc(func(s *pb.RolloutState) { s.Params["p2p.dht_mode"] = "chaos" }), "must be one of"},
		{"reason", enc(func(s *pb.RolloutState) { s.Reason = strings.Repeat("x", maxReasonLen+1) }), "reason"},
		{"utf8", append(enc(func(*pb.RolloutState) {}), 0x22, 0x01, 0xff), "UTF-8"},
		{"negative time", enc(func(s *pb.RolloutState) { s.StageStartedUnixMs = -1 }), "before 1970"},
		{"too large", make([]byte, MaxRolloutMessage+1), "at most"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeRolloutState(tt.data)
			if err == nil || !errors.Is(err, ErrBadRolloutMessage) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want ErrBadRolloutMessage mentioning %q", err, tt.want)
			}
		})
	}
	if _, err := EncodeRolloutState(RolloutMessage{Phase: PhaseFetching}); err == nil {
		t.Error("a local-only phase was encoded")
	}
}

func FuzzDecodeRolloutState(f *testing.F) {
	b, err := EncodeRolloutState(sampleRollout(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte{})
	f.Add([]byte{0x08, 0x01})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := DecodeRolloutState(data)
		if err != nil {
			return
		}
		// What decodes re-encodes, and decodes to the same message.
		b, err := EncodeRolloutState(m)
		if err != nil {
			t.Fatalf("decoded message does not encode: %v", err)
		}
		m2, err := DecodeRolloutState(b)
		if err != nil {
			t.Fatalf("re-encoded message does not decode: %v", err)
		}
		if m2.Experiment != m.Experiment || m2.Stage != m.Stage || m2.Phase != m.Phase || !paramsEqual(m.Params, m2.Params) || m2.Gate != m.Gate {
			t.Fatalf("round trip changed the message: %+v -> %+v", m, m2)
		}
		if !(m.NodeFraction > 0 && m.NodeFraction <= 1) {
			t.Fatalf("fraction %v accepted", m.NodeFraction)
		}
	})
}

func TestExperimentID(t *testing.T) {
	sum := sha256.Sum256([]byte("spec"))
	h := hex.EncodeToString(sum[:])
	id, err := ExperimentID(h)
	if err != nil {
		t.Fatal(err)
	}
	want := crypto.Keccak256Hash([]byte("westworld/cradle/experiment/1"), sum[:])
	if id != want {
		t.Fatalf("id %s, want %s", id, want)
	}
	if id2, _ := ExperimentID(strings.ToUpper(h)); id2 != id {
		t.Error("hex case changed the id")
	}
	for _, bad := range []string{"", "zz", h[:62]} {
		if _, err := ExperimentID(bad); err == nil {
			t.Errorf("ExperimentID(%q) accepted", bad)
		}
	}
}

func readTestReport(t *testing.T, pass bool) []byte {
	t.Helper()
	raw, err := os.ReadFile("testdata/example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	spec, err := ParseSpec("example.yaml", raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep := &Report{Format: ReportFormat, Experiment: spec.ID(), Pass: pass, Verdict: map[bool]string{true: "pass", false: "fail"}[pass]}
	rep.Spec.File, rep.Spec.SHA256, rep.Spec.YAML, rep.Spec.Parsed = spec.File, spec.SHA256, string(raw), spec
	max := 200.0
	rep.Criteria = []CriterionResult{{Metric: "latency_p99", Max: &max, Measured: 150, Baseline: 140, Pass: true, Aggregate: AggRun}}
	if !pass {
		rep.Criteria[0].Measured, rep.Criteria[0].Pass = 900, false
	}
	var buf bytes.Buffer
	if err := rep.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadApproval(t *testing.T) {
	good := readTestReport(t, true)
	a, err := ReadApproval(good, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	if a.ReportHash != common.Hash(sha256.Sum256(good)) {
		t.Error("report hash is not the SHA-256 of the file")
	}
	if want, _ := ExperimentID(a.Spec.SHA256); a.ExperimentID != want || !a.Pass {
		t.Errorf("approval %+v", a)
	}
	desc := a.Description("bafyreport", "bafychart", "please")
	for _, want := range []string{"report: PASS", a.ExperimentID.Hex(), "ipfs://bafyreport", "ipfs://bafychart", "please", "gossip.d=8", "canary"} {
		if !strings.Contains(desc, want) {
			t.Errorf("description lacks %q:\n%s", want, desc)
		}
	}

	bad := readTestReport(t, false)
	if _, err := ReadApproval(bad, nil, false); !errors.Is(err, ErrReportFailed) {
		t.Fatalf("failed report: err %v, want ErrReportFailed", err)
	}
	f, err := ReadApproval(bad, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	fd := f.Description("bafyreport", "", "")
	if !strings.HasPrefix(fd, "Approve cradle experiment mesh/gossip-d8 (report: FAILED") || !strings.Contains(fd, "latency_p99 <= 200 (measured 900)") {
		t.Errorf("forced description does not say it failed:\n%s", fd)
	}

	tampered := bytes.Replace(good, []byte("gossip.d: 8"), []byte("gossip.d: 9"), 1)
	if _, err := ReadApproval(tampered, nil, false); err == nil || !strings.Contains(err.Error(), "hashes to") {
		t.Errorf("tampered spec: err %v", err)
	}
	if _, err := ReadApproval([]byte("{"), nil, false); err == nil {
		t.Error("broken JSON accepted")
	}
}

func TestConfigApplier(t *testing.T) {
	home := t.TempDir()
	cfg := node.DefaultConfig()
	cfg.Home = home
	if _, err := node.Init(home, cfg, false); err != nil {
		t.Fatal(err)
	}
	a := &ConfigApplier{Home: home}
	ps := Params{{Name: "gossip.d", Value: IntValue(8)}, {Name: "gossip.d_high", Value: IntValue(14)}}
	res, err := a.Apply(t.Context(), ps)
	if err != nil {
		t.Fatal(err)
	}
	got, err := node.LoadConfig(home)
	if err != nil {
		t.Fatal(err)
	}
	if got.Gossip.D != 8 || got.Gossip.DHigh != 14 {
		t.Fatalf("config after apply: D %d, D_high %d", got.Gossip.D, got.Gossip.DHigh)
	}
	if v, _ := res.Previous.Get("gossip.d"); v.String() != "6" || len(res.Restart) != 2 {
		t.Fatalf("result %+v", res)
	}
	if _, err := a.Apply(t.Context(), res.Previous); err != nil {
		t.Fatal(err)
	}
	back, _ := node.LoadConfig(home)
	if back.Gossip.D != cfg.Gossip.D || back.Gossip.DHigh != cfg.Gossip.DHigh {
		t.Fatalf("revert left D %d, D_high %d", back.Gossip.D, back.Gossip.DHigh)
	}
	// A combination the node refuses leaves the file alone.
	before, _ := os.ReadFile(filepath.Join(home, node.ConfigFile))
	if _, err := a.Apply(t.Context(), Params{{Name: "gossip.d_low", Value: IntValue(60)}}); err == nil {
		t.Fatal("d_low above d applied")
	}
	after, _ := os.ReadFile(filepath.Join(home, node.ConfigFile))
	if !bytes.Equal(before, after) {
		t.Error("a refused apply changed config.yaml")
	}
}

func BenchmarkRolloutWire(b *testing.B) {
	m := sampleRollout(b)
	data, err := EncodeRolloutState(m)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("encode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := EncodeRolloutState(m); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("decode", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := DecodeRolloutState(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkInCohort(b *testing.B) {
	id := common.HexToHash("0x1234").Hex()
	for b.Loop() {
		InCohort(id, "12D3KooWJ6mNuH4s8wQ1kBvRzWv5Z7bq3Kk3Q8K4t1n2m3p4q5r6", 0.1)
	}
}
