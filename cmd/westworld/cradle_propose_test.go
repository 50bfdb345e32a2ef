package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/cradle"
)

// writeTestReport writes a report around the example spec, as `cradle run`
// writes it, passing or failing its one criterion.
func writeTestReport(t *testing.T, dir string, pass bool) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "node", "cradle", "testdata", "example.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	spec, err := cradle.ParseSpec("example.yaml", raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep := &cradle.Report{Format: cradle.ReportFormat, Experiment: spec.ID(), Pass: pass, Verdict: "pass"}
	rep.Spec.File, rep.Spec.SHA256, rep.Spec.YAML, rep.Spec.Parsed = spec.File, spec.SHA256, string(raw), spec
	limit := 200.0
	rep.Criteria = []cradle.CriterionResult{{Metric: "latency_p99", Max: &limit, Measured: 120, Baseline: 110, Pass: true, Aggregate: cradle.AggRun}}
	name := "pass.report.json"
	if !pass {
		rep.Verdict, rep.Criteria[0].Measured, rep.Criteria[0].Pass, name = "fail", 700, false, "fail.report.json"
	}
	var buf bytes.Buffer
	if err := rep.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	return writeFile(t, dir, name, buf.String())
}

// TestCradlePropose proposes reports from a daemon running the dev chain:
// the report goes into its IPFS, the approval to the Governor, a failed
// report only with --force and then saying so; rollout status answers.
func TestCradlePropose(t *testing.T) {
	home := initHome(t)
	cfg, err := node.LoadConfig(home)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Chain.Dev.Enabled, cfg.Chain.Dev.HTTPPort, cfg.Chain.Dev.Period = true, 0, "250ms"
	text, err := node.RenderConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, home, node.ConfigFile, string(text))
	startDaemon(t, home)

	dir := t.TempDir()
	pw := writeFile(t, dir, "pw", chain.DevPassword+"\n")
	account := crypto.PubkeyToAddress(chain.DevAccountKey(0).PublicKey).Hex()
	pass, fail := writeTestReport(t, dir, true), writeTestReport(t, dir, false)
	writeFile(t, dir, "pass.report.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
	common := []string{"--home", home, "--password-file", pw, "--account", account}

	failsWith(t, "failed its success criteria", append([]string{"cradle", "propose", fail}, common...)...)

	var got CradleProposal
	if err := json.Unmarshal([]byte(mustRun(t, append([]string{"cradle", "propose", pass, "--json", "--description", "widen the mesh"}, common...)...)), &got); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(pass)
	appr, err := cradle.ReadApproval(data, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	if got.ExperimentID != appr.ExperimentID.Hex() || got.ReportHash != appr.ReportHash.Hex() || got.ChartCID == "" || got.Forced ||
		!strings.Contains(got.Description, "widen the mesh") || !strings.Contains(got.Description, "ipfs://"+got.ReportCID) {
		t.Fatalf("proposal %+v", got)
	}
	// The report in the daemon's IPFS is the file, byte for byte.
	out := filepath.Join(dir, "fetched.json")
	mustRun(t, "ipfs", "get", got.ReportCID, "--out", out, "--home", home)
	if fetched, _ := os.ReadFile(out); !bytes.Equal(fetched, data) {
		t.Fatal("the report in IPFS differs from the file")
	}
	// The proposal is on chain with the approve call.
	var cs chain.ChainStatus
	if err := json.Unmarshal([]byte(mustRun(t, "chain", "status", "--json", "--home", home)), &cs); err != nil {
		t.Fatal(err)
	}
	cl, err := chain.Dial(context.Background(), cs.RPC, chain.WithDeployment(cs.Deployment))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	p, err := cs.Deployment.ExperimentApproval(appr.ExperimentID, got.ReportCID, appr.ReportHash, got.Description)
	if err != nil {
		t.Fatal(err)
	}
	if chain.ProposalHex(p.ID()) != got.ProposalID {
		t.Fatalf("proposal id %s, want %s", got.ProposalID, chain.ProposalHex(p.ID()))
	}
	st, err := contracts.NewGovernor(cs.Deployment.Governor, cl).State(context.Background(), new(big.Int).Set(p.ID()))
	if err != nil {
		t.Fatal(err)
	}
	if st != contracts.StatePending && st != contracts.StateActive {
		t.Fatalf("proposal state %s", st)
	}

	var forced CradleProposal
	if err := json.Unmarshal([]byte(mustRun(t, append([]string{"cradle", "propose", fail, "--force", "--json"}, common...)...)), &forced); err != nil {
		t.Fatal(err)
	}
	if !forced.Forced || forced.Verdict != "fail" || !strings.Contains(forced.Description, "FAILED") || !strings.Contains(forced.Description, "latency_p99 <= 200 (measured 700)") {
		t.Fatalf("forced proposal does not say it failed: %+v", forced)
	}

	var rs cradle.RolloutStatus
	if err := json.Unmarshal([]byte(mustRun(t, "cradle", "rollout", "status", "--json", "--home", home)), &rs); err != nil {
		t.Fatal(err)
	}
	if !rs.Enabled || rs.ApplyMode == "" || rs.Self == "" {
		t.Fatalf("rollout status %+v", rs)
	}

	// A node without a chain says the rollout is off.
	bare := initHome(t)
	startDaemon(t, bare)
	if out := mustRun(t, "cradle", "rollout", "status", "--home", bare); !strings.Contains(out, "rollout: off (no chain") {
		t.Fatalf("status without a chain: %q", out)
	}
}

func TestPrintRolloutStatus(t *testing.T) {
	st := cradle.RolloutStatus{Enabled: true, Self: "12D3KooWSelf", ApplyMode: cradle.ApplyModeConfig, Experiments: []cradle.ExperimentRollout{{
		ID: "0x" + strings.Repeat("ab", 32), Name: "mesh/gossip-d8", Phase: cradle.PhaseRunning, Stage: 0, Stages: 3,
		StageName: "canary", NodeFraction: 0.1, Gate: "latency_p99 < 200", InCohort: true, Applied: true,
		Params: cradle.Params{{Name: "gossip.d", Value: cradle.IntValue(8)}}, Rounds: 4, Held: 4,
		Peers: []cradle.PeerRollout{{Peer: "a", Applied: true}, {Peer: "b"}}, ReportCID: "bafyreport",
	}}}
	var buf bytes.Buffer
	if err := printRolloutStatus(&buf, st); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(strings.Fields(buf.String()), " ") // columns are the tabwriter's
	for _, want := range []string{"rollout: on", "mesh/gossip-d8", "phase running", "stage 1/3 canary (10% of nodes)",
		"in cohort true, applied true", "params gossip.d=8", "4 judged, 4 held", "peers heard 2 (1 applied)", "ipfs://bafyreport"} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
}
