// Package narrative turns verifiable contributions to the mesh into
// reputation and storyline progress.
//
// Evidence is a signed statement by one node (the attester) about another
// (the subject): "I was connected to it and heard its heartbeat in window
// 412", "it pinned 3 MiB of my refuge manifest", "its wallet voted on
// proposal 17 (transaction 0x…)". Every item is signed with the attester's
// libp2p key, gossiped on westworld/narrative/1, checked by every node
// (signature, self-attestation, age, the charter) and stored in Badger.
// Reputation (Compute) is a pure function of the stored evidence and a time,
// so honest nodes holding the same evidence compute the same scores.
package narrative

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node/narrative/pb"
)

// Kind is what an evidence item is about.
type Kind int32

// The evidence kinds (pb.Kind).
const (
	KindUptime    = Kind(pb.Kind_KIND_UPTIME)
	KindGossip    = Kind(pb.Kind_KIND_GOSSIP)
	KindRefugePin = Kind(pb.Kind_KIND_REFUGE_PIN)
	KindGuardian  = Kind(pb.Kind_KIND_GUARDIAN)
	KindVote      = Kind(pb.Kind_KIND_VOTE)
	KindCradle    = Kind(pb.Kind_KIND_CRADLE)
	KindWallet    = Kind(pb.Kind_KIND_WALLET)
)

// ScoredKinds are the kinds that earn reputation, in report order.
var ScoredKinds = []Kind{KindUptime, KindGossip, KindRefugePin, KindGuardian, KindVote, KindCradle}

// The metric each kind measures. Evidence names its metric so the charter
// can rule on it like on any other: evidence about a metric the charter
// forbids is rejected.
const (
	MetricUptime    = "uptime_witnessed"
	MetricGossip    = "gossip_relayed"
	MetricRefugePin = "refuge_pinned_bytes"
	MetricGuardian  = "guardian_duty"
	MetricVote      = "votes_cast"
	MetricCradle    = "cradle_stages"
	MetricWallet    = "wallet_binding"
)

var kindInfo = map[Kind]struct {
	name, metric string
	// basis is the charter telemetry metric the kind observes, if any:
	// witnessed uptime is uptime telemetry by other means, so a charter
	// that does not allow uptime_percent does not allow it either.
	basis string
}{
	KindUptime:    {"uptime", MetricUptime, "uptime_percent"},
	KindGossip:    {"gossip", MetricGossip, ""},
	KindRefugePin: {"refuge_pin", MetricRefugePin, ""},
	KindGuardian:  {"guardian", MetricGuardian, ""},
	KindVote:      {"vote", MetricVote, ""},
	KindCradle:    {"cradle", MetricCradle, ""},
	KindWallet:    {"wallet", MetricWallet, ""},
}

// String is the kind's short name ("uptime", "vote", ...).
func (k Kind) String() string {
	if i, ok := kindInfo[k]; ok {
		return i.name
	}
	return fmt.Sprintf("kind(%d)", int32(k))
}

// Metric is the metric the kind measures.
func (k Kind) Metric() string { return kindInfo[k].metric }

// Basis is the charter telemetry metric the kind depends on ("" if none).
func (k Kind) Basis() string { return kindInfo[k].basis }

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { _, ok := kindInfo[k]; return ok }

// Windowed kinds are attested once per window per attester.
func (k Kind) Windowed() bool { return k == KindUptime || k == KindGossip }

// Wire limits.
const (
	WireVersion = 1
	// MaxBatch bounds the items of one gossip message.
	MaxBatch = 256
	// MaxRefLen bounds Evidence.Ref.
	MaxRefLen = 128
	// MaxProofLen bounds Evidence.Proof.
	MaxProofLen = 1024
	// MaxMessageSize is the topic's message cap.
	MaxMessageSize = 128 << 10
)

// Evidence is one signed contribution.
type Evidence struct {
	Kind     Kind
	Subject  peer.ID
	Attester peer.ID
	Time     time.Time
	// Window is the window index (uptime, gossip).
	Window uint64
	Metric string
	// Amount: gossip score in thousandths, pinned bytes, guardian duty (1 ack,
	// 2 share released).
	Amount int64
	// Ref names what the evidence is about (manifest, proposal, stage).
	Ref       string
	Proof     []byte
	Signature []byte
}

// Errors; every rejection wraps ErrRejected and one reason.
var (
	ErrRejected = errors.New("evidence rejected")
	// ErrMalformed wraps every decode failure.
	ErrMalformed = errors.New("malformed narrative message")
)

// Reason is why an evidence item was rejected; it labels the rejection
// counter.
type Reason string

// Rejection reasons.
const (
	ReasonMalformed    Reason = "malformed"
	ReasonForged       Reason = "forged"
	ReasonSelfSigned   Reason = "self_signed"
	ReasonExpired      Reason = "expired"
	ReasonFuture       Reason = "future"
	ReasonReplayed     Reason = "replayed"
	ReasonForbidden    Reason = "forbidden_metric"
	ReasonNotAllowed   Reason = "charter_disallows"
	ReasonWrongMetric  Reason = "wrong_metric"
	ReasonUnverifiable Reason = "unverifiable"
	ReasonNotOnChain   Reason = "not_on_chain"
	// ReasonNotVerifiable: this node cannot check the proof (now): it has
	// no copy of the refuge manifest the item is about.
	ReasonNotVerifiable Reason = "not_verifiable"
	// ReasonNotInCohort: the approved spec puts the member outside the
	// stage's cohort.
	ReasonNotInCohort Reason = "not_in_cohort"
	// ReasonHalted: the rollout the item is about was halted.
	ReasonHalted        Reason = "experiment_halted"
	ReasonPrematureWind Reason = "window_not_closed"
	ReasonLate          Reason = "late_attestation"
)

// RejectError is a rejection with its reason.
type RejectError struct {
	Reason Reason
	Detail string
}

func (e *RejectError) Error() string { return fmt.Sprintf("%s: %s", e.Reason, e.Detail) }

// Unwrap makes every RejectError an ErrRejected.
func (e *RejectError) Unwrap() error { return ErrRejected }

func reject(r Reason, format string, args ...any) error {
	return &RejectError{Reason: r, Detail: fmt.Sprintf(format, args...)}
}

// ReasonOf is the reason of a rejection ("" if err is not one).
func ReasonOf(err error) Reason {
	var re *RejectError
	if errors.As(err, &re) {
		return re.Reason
	}
	if errors.Is(err, ErrMalformed) {
		return ReasonMalformed
	}
	return ""
}

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))
}

// payload is the domain-separated bytes the signature covers: every field
// but the signature, each with its length, so no two items share a payload.
func (e *Evidence) payload() []byte {
	out := make([]byte, 0, 160+len(e.Ref)+len(e.Proof))
	out = append(out, "westworld/narrative/1/evidence\x00"...)
	field := func(b []byte) {
		out = binary.AppendUvarint(out, uint64(len(b)))
		out = append(out, b...)
	}
	u64 := func(v uint64) { field(binary.BigEndian.AppendUint64(nil, v)) }
	u64(uint64(e.Kind))
	field([]byte(e.Subject))
	field([]byte(e.Attester))
	u64(uint64(e.Time.UnixMilli()))
	u64(e.Window)
	field([]byte(e.Metric))
	u64(uint64(e.Amount))
	field([]byte(e.Ref))
	field(e.Proof)
	return out
}

// ID identifies the item's content (not its signature), so the same
// statement signed twice is stored once.
func (e *Evidence) ID() [32]byte { return sha256.Sum256(e.payload()) }

// IDHex is ID in hex.
func (e *Evidence) IDHex() string { id := e.ID(); return hex.EncodeToString(id[:]) }

// Sign sets Attester to key's peer and signs the item.
func (e *Evidence) Sign(key crypto.PrivKey) error {
	id, err := peer.IDFromPrivateKey(key)
	if err != nil {
		return fmt.Errorf("sign evidence: %w", err)
	}
	e.Attester = id
	if e.Metric == "" {
		e.Metric = e.Kind.Metric()
	}
	e.Time = time.UnixMilli(e.Time.UnixMilli())
	sig, err := key.Sign(e.payload())
	if err != nil {
		return fmt.Errorf("sign evidence: %w", err)
	}
	e.Signature = sig
	return nil
}

// VerifySignature checks the signature against the attester's key, which
// the attester's peer ID embeds.
func (e *Evidence) VerifySignature() error {
	pk, err := e.Attester.ExtractPublicKey()
	if err != nil {
		return reject(ReasonForged, "attester %s: no public key in its ID", e.Attester)
	}
	ok, err := pk.Verify(e.payload(), e.Signature)
	if err != nil || !ok {
		return reject(ReasonForged, "not signed by its attester %s", e.Attester)
	}
	return nil
}

// BindingMessage is what a wallet signs (EIP-191 personal_sign) to bind
// itself to a peer.
func BindingMessage(p peer.ID) []byte {
	return []byte("westworld narrative: wallet of peer " + p.String())
}

// WalletProof builds the proof of a KindWallet item from an EIP-191
// signature of BindingMessage.
func WalletProof(addr common.Address, sig []byte) []byte {
	return append(addr.Bytes(), sig...)
}

// VerifyWallet checks a KindWallet item's proof and returns the address it
// binds.
func VerifyWallet(e *Evidence) (common.Address, error) {
	if len(e.Proof) != common.AddressLength+65 {
		return common.Address{}, reject(ReasonMalformed, "wallet proof is %d bytes, want 85", len(e.Proof))
	}
	addr := common.BytesToAddress(e.Proof[:20])
	sig := bytes.Clone(e.Proof[20:])
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	pub, err := ethcrypto.SigToPub(accounts.TextHash(BindingMessage(e.Subject)), sig)
	if err != nil || ethcrypto.PubkeyToAddress(*pub) != addr {
		return common.Address{}, reject(ReasonForged, "wallet signature is not by %s", addr.Hex())
	}
	return addr, nil
}

// VoteProof is the proof of a KindVote item: the voter and the transaction
// that cast the vote.
func VoteProof(voter common.Address, tx common.Hash) []byte {
	return append(voter.Bytes(), tx.Bytes()...)
}

// ParseVoteProof splits a KindVote proof.
func ParseVoteProof(b []byte) (common.Address, common.Hash, error) {
	if len(b) != common.AddressLength+common.HashLength {
		return common.Address{}, common.Hash{}, reject(ReasonMalformed, "vote proof is %d bytes, want 52", len(b))
	}
	return common.BytesToAddress(b[:20]), common.BytesToHash(b[20:]), nil
}

func toPB(e *Evidence) *pb.Evidence {
	return &pb.Evidence{Version: WireVersion, Kind: pb.Kind(e.Kind), Subject: []byte(e.Subject),
		Attester: []byte(e.Attester), TimeUnixMs: e.Time.UnixMilli(), Window: e.Window, Metric: e.Metric,
		Amount: e.Amount, Ref: e.Ref, Proof: e.Proof, Signature: e.Signature}
}

func fromPB(p *pb.Evidence) (Evidence, error) {
	if p.Version != WireVersion {
		return Evidence{}, malformed("evidence version %d, want %d", p.Version, WireVersion)
	}
	k := Kind(p.Kind)
	if !k.Valid() {
		return Evidence{}, malformed("unknown evidence kind %d", p.Kind)
	}
	subj, err := peer.IDFromBytes(p.Subject)
	if err != nil {
		return Evidence{}, malformed("subject: %v", err)
	}
	att, err := peer.IDFromBytes(p.Attester)
	if err != nil {
		return Evidence{}, malformed("attester: %v", err)
	}
	if len(p.Metric) > 64 || !utf8.ValidString(p.Metric) {
		return Evidence{}, malformed("metric name is not a short UTF-8 string")
	}
	if len(p.Ref) > MaxRefLen || !utf8.ValidString(p.Ref) {
		return Evidence{}, malformed("ref is longer than %d bytes or not UTF-8", MaxRefLen)
	}
	if len(p.Proof) > MaxProofLen {
		return Evidence{}, malformed("proof is %d bytes, more than %d", len(p.Proof), MaxProofLen)
	}
	if len(p.Signature) == 0 || len(p.Signature) > 512 {
		return Evidence{}, malformed("signature is %d bytes", len(p.Signature))
	}
	if p.TimeUnixMs <= 0 {
		return Evidence{}, malformed("time %d is not after 1970", p.TimeUnixMs)
	}
	return Evidence{Kind: k, Subject: subj, Attester: att, Time: time.UnixMilli(p.TimeUnixMs), Window: p.Window,
		Metric: p.Metric, Amount: p.Amount, Ref: p.Ref, Proof: p.Proof, Signature: p.Signature}, nil
}

// MarshalEvidence encodes one item (the storage form).
func MarshalEvidence(e *Evidence) ([]byte, error) { return proto.Marshal(toPB(e)) }

// UnmarshalEvidence decodes one item.
func UnmarshalEvidence(b []byte) (Evidence, error) {
	var p pb.Evidence
	if err := proto.Unmarshal(b, &p); err != nil {
		return Evidence{}, malformed("%v", err)
	}
	return fromPB(&p)
}

// Heartbeat is a node's proof of life in a window.
type Heartbeat struct {
	Window uint64
	Time   time.Time
}

// Message is one decoded gossip message: a heartbeat or a batch.
type Message struct {
	Heartbeat *Heartbeat
	Items     []Evidence
}

// EncodeHeartbeat encodes a heartbeat message.
func EncodeHeartbeat(h Heartbeat) ([]byte, error) {
	return proto.Marshal(&pb.Message{Body: &pb.Message_Heartbeat{Heartbeat: &pb.Heartbeat{
		Version: WireVersion, Window: h.Window, TimeUnixMs: h.Time.UnixMilli()}}})
}

// EncodeBatch encodes evidence items into one message.
func EncodeBatch(items []Evidence) ([]byte, error) {
	if len(items) == 0 || len(items) > MaxBatch {
		return nil, fmt.Errorf("encode batch: %d items, want 1..%d", len(items), MaxBatch)
	}
	b := &pb.Batch{}
	for i := range items {
		b.Items = append(b.Items, toPB(&items[i]))
	}
	out, err := proto.Marshal(&pb.Message{Body: &pb.Message_Batch{Batch: b}})
	if err != nil {
		return nil, fmt.Errorf("encode batch: %w", err)
	}
	if len(out) > MaxMessageSize {
		return nil, fmt.Errorf("encode batch: %d bytes, more than %d", len(out), MaxMessageSize)
	}
	return out, nil
}

// DecodeMessage decodes a gossip message. It checks shape only; Checker
// decides whether each item is acceptable.
func DecodeMessage(data []byte) (Message, error) {
	if len(data) > MaxMessageSize {
		return Message{}, malformed("%d bytes, more than %d", len(data), MaxMessageSize)
	}
	var m pb.Message
	if err := proto.Unmarshal(data, &m); err != nil {
		return Message{}, malformed("%v", err)
	}
	switch body := m.Body.(type) {
	case *pb.Message_Heartbeat:
		h := body.Heartbeat
		if h == nil || h.Version != WireVersion {
			return Message{}, malformed("heartbeat version")
		}
		if h.TimeUnixMs <= 0 {
			return Message{}, malformed("heartbeat time %d", h.TimeUnixMs)
		}
		return Message{Heartbeat: &Heartbeat{Window: h.Window, Time: time.UnixMilli(h.TimeUnixMs)}}, nil
	case *pb.Message_Batch:
		if body.Batch == nil || len(body.Batch.Items) == 0 {
			return Message{}, malformed("empty batch")
		}
		if len(body.Batch.Items) > MaxBatch {
			return Message{}, malformed("batch of %d items, more than %d", len(body.Batch.Items), MaxBatch)
		}
		out := Message{Items: make([]Evidence, 0, len(body.Batch.Items))}
		for i, p := range body.Batch.Items {
			e, err := fromPB(p)
			if err != nil {
				return Message{}, fmt.Errorf("item %d: %w", i, err)
			}
			out.Items = append(out.Items, e)
		}
		return out, nil
	default:
		return Message{}, malformed("no body")
	}
}
