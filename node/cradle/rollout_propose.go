package cradle

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/x0tta6bl4/westworld/node/charter"
)

// ErrReportFailed is returned by ReadApproval for a report whose verdict is
// fail, unless forced.
var ErrReportFailed = errors.New("the report failed its success criteria")

// Approval is what an experiment-approval proposal carries, read from a
// report: ExperimentRegistry.approve(ExperimentID, report CID, ReportHash).
type Approval struct {
	ExperimentID common.Hash
	// ReportHash is the SHA-256 of the report file's exact bytes (what
	// every node checks the fetched report against).
	ReportHash common.Hash
	Spec       *Spec
	Pass       bool
	Verdict    string
	// Failed lists the criteria the candidate missed, and run errors.
	Failed []string
}

// ReadApproval reads a report file's bytes for a proposal: the embedded
// spec must hash to the report's spec SHA-256, load against ch (nil: the
// default charter) and have rollout stages. A failed report is refused
// with ErrReportFailed unless force.
func ReadApproval(report []byte, ch *charter.Charter, force bool) (*Approval, error) {
	// Only the fields a proposal needs: the rest (series, events) is the
	// voters' to read.
	var rep struct {
		Format int `json:"format"`
		Spec   struct {
			File   string `json:"file"`
			SHA256 string `json:"sha256"`
			YAML   string `json:"yaml"`
		} `json:"spec"`
		Criteria []CriterionResult `json:"success_criteria"`
		Errors   []string          `json:"errors"`
		Pass     bool              `json:"pass"`
		Verdict  string            `json:"verdict"`
	}
	if err := json.Unmarshal(report, &rep); err != nil {
		return nil, fmt.Errorf("read report: %w", err)
	}
	if rep.Format != ReportFormat {
		return nil, fmt.Errorf("report format %d (this binary reads %d)", rep.Format, ReportFormat)
	}
	sum := sha256.Sum256([]byte(rep.Spec.YAML))
	if hex.EncodeToString(sum[:]) != rep.Spec.SHA256 {
		return nil, fmt.Errorf("report: the embedded spec hashes to %x, the report says %s", sum, rep.Spec.SHA256)
	}
	spec, err := ParseSpec(rep.Spec.File, []byte(rep.Spec.YAML), ch)
	if err != nil {
		return nil, fmt.Errorf("report's spec: %w", err)
	}
	if len(spec.Stages) == 0 {
		return nil, fmt.Errorf("report's spec %s has no spec.rollout.stages: there is nothing to roll out", spec.ID())
	}
	id, err := ExperimentID(spec.SHA256)
	if err != nil {
		return nil, err
	}
	a := &Approval{ExperimentID: id, ReportHash: common.Hash(sha256.Sum256(report)), Spec: spec, Pass: rep.Pass, Verdict: rep.Verdict}
	for _, c := range rep.Criteria {
		if !c.Pass {
			crit := Criterion{Metric: c.Metric, Min: c.Min, Max: c.Max}
			a.Failed = append(a.Failed, fmt.Sprintf("%s (measured %s)", crit, fmtNum(c.Measured)))
		}
	}
	a.Failed = append(a.Failed, rep.Errors...)
	if !rep.Pass && !force {
		return a, fmt.Errorf("%w: experiment %s (%s); propose it anyway with --force, and the proposal will say so",
			ErrReportFailed, spec.ID(), strings.Join(a.Failed, "; "))
	}
	return a, nil
}

// Description is the proposal's description: what is approved, where the
// report is, and, for a failed report, that it failed and how. extra is the
// proposer's own text.
func (a *Approval) Description(reportCID, chartCID, extra string) string {
	var b strings.Builder
	if a.Pass {
		fmt.Fprintf(&b, "Approve cradle experiment %s (report: PASS)\n\n", a.Spec.ID())
	} else {
		fmt.Fprintf(&b, "Approve cradle experiment %s (report: FAILED - proposed with --force)\n\n", a.Spec.ID())
		b.WriteString("WARNING: this experiment FAILED in the sandbox:\n")
		for _, f := range a.Failed {
			fmt.Fprintf(&b, "  - %s\n", f)
		}
		b.WriteString("\n")
	}
	if extra = strings.TrimSpace(extra); extra != "" {
		b.WriteString(extra + "\n\n")
	}
	fmt.Fprintf(&b, "experiment id: %s (keccak256(%q || spec sha256))\n", a.ExperimentID.Hex(), experimentIDDomain)
	fmt.Fprintf(&b, "spec sha256: %s\n", a.Spec.SHA256)
	fmt.Fprintf(&b, "report: ipfs://%s (sha256 %s)\n", reportCID, hex.EncodeToString(a.ReportHash[:]))
	if chartCID != "" {
		fmt.Fprintf(&b, "chart: ipfs://%s\n", chartCID)
	}
	fmt.Fprintf(&b, "params: %s\n", paramString(a.Spec.Params))
	b.WriteString("stages:\n")
	for i, s := range a.Spec.Stages {
		fmt.Fprintf(&b, "  %d. %s: %.4g%% of nodes for %s, gate %s\n", i, s.Name, 100*s.NodeFraction, FormatDuration(s.Duration), s.Gate.Source())
	}
	return b.String()
}
