package cradle

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node/cradle/pb"
)

// RolloutWireVersion is the layout version of pb.RolloutState this node
// writes and reads.
const RolloutWireVersion = 1

// MaxRolloutMessage bounds an encoded rollout state (the topic's own cap is
// 16 KiB; a state with every tunable set is well under 2 KiB).
const MaxRolloutMessage = 16 << 10

// Limits of the free-text fields of a rollout state.
const (
	maxReasonLen    = 512
	maxStageNameLen = 64
)

// ErrBadRolloutMessage is wrapped by every decoding error of a gossiped
// rollout state.
var ErrBadRolloutMessage = errors.New("bad rollout message")

// experimentIDDomain separates experiment IDs from every other keccak256 of
// a SHA-256 in the system.
const experimentIDDomain = "westworld/cradle/experiment/1"

// ExperimentID is the ExperimentRegistry id of the experiment whose spec
// file has the given SHA-256 (hex, as Spec.SHA256 and the report carry it):
// keccak256("westworld/cradle/experiment/1" || sha256(spec bytes)). It is a
// pure function of the spec's exact bytes, so the proposer, every node and
// anyone auditing the chain derive the same id from the report, and two
// spellings of one experiment are two experiments.
func ExperimentID(specSHA256 string) (common.Hash, error) {
	sum, err := hex.DecodeString(specSHA256)
	if err != nil || len(sum) != sha256.Size {
		return common.Hash{}, fmt.Errorf("spec sha256 %q is not 64 hex digits", specSHA256)
	}
	return crypto.Keccak256Hash([]byte(experimentIDDomain), sum), nil
}

// RolloutPhase is where a node is in one experiment's rollout.
type RolloutPhase string

// The phases. Running, rolled_back, halted and completed travel on the wire;
// the others are a node's own bookkeeping.
const (
	// PhaseFetching: approved on chain; the report is being fetched from
	// IPFS and checked against the registry's hash.
	PhaseFetching RolloutPhase = "fetching"
	// PhaseInvalid: the report did not match the registry (hash, experiment
	// id) or its spec does not load; nothing is applied. Terminal.
	PhaseInvalid RolloutPhase = "invalid"
	// PhaseRunning: a stage runs.
	PhaseRunning RolloutPhase = "running"
	// PhaseRolledBack: a stage's gate failed; the cohort reverted. Terminal.
	PhaseRolledBack RolloutPhase = "rolled_back"
	// PhaseHalted: the registry halted the experiment; reverted. Terminal.
	PhaseHalted RolloutPhase = "halted"
	// PhaseCompleted: the last stage's gate held; the change stays. Terminal.
	PhaseCompleted RolloutPhase = "completed"
)

// Terminal reports whether nothing more happens in the phase.
func (p RolloutPhase) Terminal() bool {
	return p == PhaseInvalid || p == PhaseRolledBack || p == PhaseHalted || p == PhaseCompleted
}

var phaseToWire = map[RolloutPhase]pb.RolloutPhase{
	PhaseRunning:    pb.RolloutPhase_ROLLOUT_PHASE_RUNNING,
	PhaseRolledBack: pb.RolloutPhase_ROLLOUT_PHASE_ROLLED_BACK,
	PhaseHalted:     pb.RolloutPhase_ROLLOUT_PHASE_HALTED,
	PhaseCompleted:  pb.RolloutPhase_ROLLOUT_PHASE_COMPLETED,
}

// RolloutMessage is the decoded form of what a node gossips on
// westworld/rollout/1 about one experiment.
type RolloutMessage struct {
	Experiment   common.Hash
	Stage        int
	StageName    string
	NodeFraction float64
	Params       Params
	Gate         string
	Phase        RolloutPhase
	InCohort     bool
	Applied      bool
	StageStarted time.Time
	Reason       string
	ReportHash   common.Hash
}

// EncodeRolloutState writes m as a pb.RolloutState.
func EncodeRolloutState(m RolloutMessage) ([]byte, error) {
	ph, ok := phaseToWire[m.Phase]
	if !ok {
		return nil, fmt.Errorf("%w: phase %q does not travel", ErrBadRolloutMessage, m.Phase)
	}
	st := &pb.RolloutState{
		Version:      RolloutWireVersion,
		ExperimentId: m.Experiment.Bytes(),
		Stage:        uint32(m.Stage),
		StageName:    m.StageName,
		NodeFraction: m.NodeFraction,
		Params:       map[string]string{},
		Gate:         m.Gate,
		Phase:        ph,
		InCohort:     m.InCohort,
		Applied:      m.Applied,
		Reason:       truncate(m.Reason, maxReasonLen),
		ReportHash:   m.ReportHash.Bytes(),
	}
	if !m.StageStarted.IsZero() {
		st.StageStartedUnixMs = m.StageStarted.UnixMilli()
	}
	for _, p := range m.Params {
		st.Params[p.Name] = p.Value.String()
	}
	b, err := proto.MarshalOptions{Deterministic: true}.Marshal(st)
	if err != nil {
		return nil, fmt.Errorf("encode rollout state: %w", err)
	}
	if len(b) > MaxRolloutMessage {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrBadRolloutMessage, len(b), MaxRolloutMessage)
	}
	return b, nil
}

// DecodeRolloutState parses and checks a gossiped rollout state: the
// version, a 32-byte non-zero experiment id and report hash, a stage index
// and fraction a spec could have, every param a known tunable in range, a
// gate that parses, a phase that travels, bounded UTF-8 text.
func DecodeRolloutState(b []byte) (RolloutMessage, error) {
	bad := func(format string, args ...any) (RolloutMessage, error) {
		return RolloutMessage{}, fmt.Errorf("%w: %s", ErrBadRolloutMessage, fmt.Sprintf(format, args...))
	}
	if len(b) > MaxRolloutMessage {
		return bad("%d bytes, at most %d", len(b), MaxRolloutMessage)
	}
	var st pb.RolloutState
	if err := proto.Unmarshal(b, &st); err != nil {
		return bad("%v", err)
	}
	if st.Version != RolloutWireVersion {
		return bad("version %d (this node reads %d)", st.Version, RolloutWireVersion)
	}
	if len(st.ExperimentId) != common.HashLength || common.BytesToHash(st.ExperimentId) == (common.Hash{}) {
		return bad("experiment id is %d bytes, want 32 non-zero", len(st.ExperimentId))
	}
	if len(st.ReportHash) != common.HashLength || common.BytesToHash(st.ReportHash) == (common.Hash{}) {
		return bad("report hash is %d bytes, want 32 non-zero", len(st.ReportHash))
	}
	if st.Stage >= MaxStages {
		return bad("stage %d, a spec has at most %d", st.Stage, MaxStages)
	}
	if !(st.NodeFraction > 0 && st.NodeFraction <= 1) {
		return bad("node fraction %v is outside (0, 1]", st.NodeFraction)
	}
	if len(st.StageName) > maxStageNameLen || !utf8.ValidString(st.StageName) {
		return bad("stage name is not up to %d bytes of UTF-8", maxStageNameLen)
	}
	if len(st.Reason) > maxReasonLen || !utf8.ValidString(st.Reason) {
		return bad("reason is not up to %d bytes of UTF-8", maxReasonLen)
	}
	if st.StageStartedUnixMs < 0 {
		return bad("stage start %d is before 1970", st.StageStartedUnixMs)
	}
	var phase RolloutPhase
	for p, w := range phaseToWire {
		if w == st.Phase {
			phase = p
		}
	}
	if phase == "" {
		return bad("phase %d is not one that travels", st.Phase)
	}
	if st.Gate != "" {
		if _, err := ParseGate(st.Gate); err != nil {
			return bad("gate: %v", err)
		}
	}
	if len(st.Params) > len(tunables) {
		return bad("%d params, there are %d tunables", len(st.Params), len(tunables))
	}
	ps := make(Params, 0, len(st.Params))
	for name, s := range st.Params {
		v, err := parseParamString(name, s)
		if err != nil {
			return bad("param: %v", err)
		}
		ps = append(ps, Param{Name: name, Value: v})
	}
	slices.SortFunc(ps, func(a, b Param) int { return strings.Compare(a.Name, b.Name) })
	m := RolloutMessage{
		Experiment:   common.BytesToHash(st.ExperimentId),
		Stage:        int(st.Stage),
		StageName:    st.StageName,
		NodeFraction: st.NodeFraction,
		Params:       ps,
		Gate:         st.Gate,
		Phase:        phase,
		InCohort:     st.InCohort,
		Applied:      st.Applied,
		Reason:       st.Reason,
		ReportHash:   common.BytesToHash(st.ReportHash),
	}
	if st.StageStartedUnixMs > 0 {
		m.StageStarted = time.UnixMilli(st.StageStartedUnixMs).UTC()
	}
	return m, nil
}

// parseParamString reads a tunable's value as Value.String wrote it.
func parseParamString(name, s string) (Value, error) {
	t, ok := LookupTunable(name)
	if !ok {
		return Value{}, fmt.Errorf("%w %q", ErrUnknownTunable, truncate(name, 64))
	}
	var raw any = s
	switch t.Kind {
	case KindInt:
		i, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return Value{}, fmt.Errorf("%w: %s: %q is not an integer", ErrBadValue, name, truncate(s, 32))
		}
		raw = i
	case KindBool:
		b, err := strconv.ParseBool(s)
		if err != nil || (s != "true" && s != "false") {
			return Value{}, fmt.Errorf("%w: %s: %q is not true or false", ErrBadValue, name, truncate(s, 32))
		}
		raw = b
	}
	return ParseValue(name, raw)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	for len(s) > 0 && !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}

// finite reports whether f is a usable number.
func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
