package refuge

import (
	"context"
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Status is what a node knows about one manifest.
type Status struct {
	ID             string    `json:"id"`
	Ciphertext     string    `json:"ciphertext_cid"`
	CiphertextSize int64     `json:"ciphertext_size"`
	PlaintextSize  int64     `json:"plaintext_size"`
	Created        time.Time `json:"created"`
	Threshold      int       `json:"threshold"`
	DeadMan        string    `json:"dead_man"`
	Emergency      bool      `json:"emergency_release"`
	// LastCheckin is the newest valid check-in (or the creation time).
	LastCheckin time.Time `json:"last_checkin"`
	// Deadline is when the dead-man switch fires, if it is on.
	Deadline *time.Time `json:"deadline,omitempty"`

	Guardians []GuardianStatus `json:"guardians"`
	// Acks counts guardians that verified their share.
	Acks int `json:"guardian_acks"`

	// Role says what this node is for the manifest: "publisher",
	// "guardian", "replica", or "reader".
	Role string `json:"role"`
	// Replicas are the replicas' acknowledgements (publisher only).
	Replicas       []ReplicaStatus `json:"replicas,omitempty"`
	ReplicasWanted int             `json:"replicas_wanted,omitempty"`
	Metadata       *MetadataReport `json:"metadata,omitempty"`

	Release *ReleaseStatus `json:"release,omitempty"`
	// SharesValid counts released shares that verified; SharesNeeded is the
	// threshold.
	SharesValid    int             `json:"shares_valid"`
	SharesNeeded   int             `json:"shares_needed"`
	RejectedShares []RejectedShare `json:"rejected_shares,omitempty"`
	// Decryptable is true when this node can decrypt the document now.
	Decryptable bool `json:"decryptable"`
}

// GuardianStatus is one guardian of a manifest as this node sees it.
type GuardianStatus struct {
	Index      int        `json:"index"`
	PeerID     string     `json:"peer_id"`
	Recipient  string     `json:"recipient"`
	EthAddress string     `json:"eth_address,omitempty"`
	AckedAt    *time.Time `json:"acked_at,omitempty"`
	Released   bool       `json:"share_released"`
	Rejected   string     `json:"share_rejected,omitempty"`
	Self       bool       `json:"self,omitempty"`
	// SelfError is this guardian's own problem with its share, if any.
	SelfError string `json:"self_error,omitempty"`
}

// ReplicaStatus is one replica's acknowledgement.
type ReplicaStatus struct {
	Peer string    `json:"peer"`
	At   time.Time `json:"at"`
}

// ReleaseStatus says why and when this node first saw the manifest released.
type ReleaseStatus struct {
	Reason   string    `json:"reason"`
	Proposal string    `json:"proposal,omitempty"`
	At       time.Time `json:"at"`
}

// RejectedShare names a guardian whose released share failed verification.
type RejectedShare struct {
	Index  int    `json:"index"`
	PeerID string `json:"peer_id"`
	Reason string `json:"reason"`
}

// Status describes a manifest, fetching it from IPFS if this node has not
// seen it.
func (r *Refuge) Status(ctx context.Context, id string) (*Status, error) {
	if _, err := r.running(); err != nil {
		return nil, err
	}
	e, err := r.manifest(ctx, id)
	if err != nil {
		return nil, err
	}
	return r.status(e), nil
}

func (r *Refuge) status(e *entry) *Status {
	r.mu.Lock()
	defer r.mu.Unlock()
	m := e.m
	st := &Status{
		ID: m.ID, Ciphertext: m.Ciphertext.String(), CiphertextSize: m.CiphertextSize, PlaintextSize: m.PlaintextSize,
		Created: m.Created.UTC(), Threshold: m.Threshold, DeadMan: durationString(m.DeadMan), Emergency: m.Emergency,
		LastCheckin: e.lastAlive().UTC(), SharesNeeded: m.Threshold, Role: "reader", Guardians: []GuardianStatus{},
	}
	if dl := e.deadline(); !dl.IsZero() {
		dl = dl.UTC()
		st.Deadline = &dl
	}
	for i, g := range m.Guardians {
		gs := GuardianStatus{Index: i + 1, PeerID: g.PeerID.String(), Recipient: g.Recipient, Self: g.PeerID == r.self}
		if len(g.EthAddress) == 20 {
			gs.EthAddress = common.BytesToAddress(g.EthAddress).Hex()
		}
		if a, ok := e.acks[i]; ok {
			t := time.UnixMilli(a.TimeUnixMs).UTC()
			gs.AckedAt = &t
			st.Acks++
		}
		if _, ok := e.shares[i]; ok {
			gs.Released = true
			st.SharesValid++
		}
		if x, ok := e.rejected[i]; ok {
			gs.Rejected = x.Reason
			st.RejectedShares = append(st.RejectedShares, RejectedShare{Index: i + 1, PeerID: g.PeerID.String(), Reason: x.Reason})
		}
		if gs.Self && e.guardian != nil {
			gs.SelfError = e.guardian.Error
		}
		st.Guardians = append(st.Guardians, gs)
	}
	switch {
	case e.publish != nil:
		st.Role = "publisher"
		st.ReplicasWanted = int(e.publish.ReplicasWanted)
		st.Replicas = []ReplicaStatus{}
		for _, a := range e.publish.Replicas {
			st.Replicas = append(st.Replicas, ReplicaStatus{Peer: peer.ID(a.Replica).String(), At: time.UnixMilli(a.TimeUnixMs).UTC()})
		}
		if md := e.publish.Metadata; md != nil {
			st.Metadata = &MetadataReport{Format: md.Format, Cleaned: md.Cleaned, Removed: md.Removed, Warning: md.Warning}
		}
	case r.isGuardian(e):
		st.Role = "guardian"
	case e.replica != nil:
		st.Role = "replica"
	}
	if e.release != nil {
		st.Release = &ReleaseStatus{Reason: reasonName(e.release.Reason), Proposal: e.release.ProposalId,
			At: time.UnixMilli(e.release.TimeUnixMs).UTC()}
	}
	st.Decryptable = st.SharesValid >= m.Threshold
	return st
}

// Summary is one line of List.
type Summary struct {
	ID           string    `json:"id"`
	Role         string    `json:"role"`
	Size         int64     `json:"plaintext_size"`
	Created      time.Time `json:"created"`
	Threshold    int       `json:"threshold"`
	Guardians    int       `json:"guardians"`
	Acks         int       `json:"guardian_acks"`
	Released     bool      `json:"released"`
	SharesValid  int       `json:"shares_valid"`
	Decryptable  bool      `json:"decryptable"`
	ReplicasAckd int       `json:"replicas,omitempty"`
}

// List describes every manifest this node knows, newest first. A publish
// appears here only once its record is written, complete.
func (r *Refuge) List() []Summary {
	out := []Summary{}
	for _, e := range r.snapshot() {
		st := r.status(e)
		out = append(out, Summary{ID: st.ID, Role: st.Role, Size: st.PlaintextSize, Created: st.Created,
			Threshold: st.Threshold, Guardians: len(st.Guardians), Acks: st.Acks, Released: st.Release != nil,
			SharesValid: st.SharesValid, Decryptable: st.Decryptable, ReplicasAckd: len(st.Replicas)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Created.After(out[j].Created) })
	return out
}

// Want says what Open should return.
type Want string

// What Open can return.
const (
	// WantAuto is the plaintext when this node can decrypt, else the
	// ciphertext.
	WantAuto Want = ""
	// WantPlaintext is the plaintext or an error.
	WantPlaintext Want = "plaintext"
	// WantCiphertext is the ciphertext.
	WantCiphertext Want = "ciphertext"
)

// Content is an opened document.
type Content struct {
	io.ReadCloser
	// Kind is "plaintext" or "ciphertext".
	Kind string
	// Size is the number of bytes the reader yields.
	Size int64
	// Why says why the content is ciphertext, when it is.
	Why string
	// Rejected lists released shares that failed verification and were
	// not used.
	Rejected []RejectedShare
}

// documentKey reconstructs the document key of a manifest from the verified
// shares this node has seen. Fewer than the threshold is ErrBelowThreshold;
// the error says how many valid shares there are.
func (r *Refuge) documentKey(e *entry) ([]byte, error) {
	r.mu.Lock()
	var shares []Share
	for i, s := range e.shares {
		shares = append(shares, Share{ID: i + 1, Value: s.Value})
	}
	released := e.release != nil
	r.mu.Unlock()
	sort.Slice(shares, func(i, j int) bool { return shares[i].ID < shares[j].ID })
	secret, bad, err := e.m.Commitments.Combine(shares)
	for _, b := range bad {
		r.log.Error("a stored share failed verification", "manifest", e.m.ID, "err", b)
	}
	if err != nil {
		if !released {
			return nil, fmt.Errorf("%s is not released: %w", e.m.ID, err)
		}
		return nil, fmt.Errorf("%s: %w", e.m.ID, err)
	}
	return secret.Key(), nil
}

// Open returns the document: the plaintext if this node can reconstruct
// its key (want WantAuto or WantPlaintext), else the ciphertext, labelled.
// Blocks that are not local come over bitswap as the reader advances. The
// plaintext is authenticated chunk by chunk: a tampered block fails the read
// that reaches it.
func (r *Refuge) Open(ctx context.Context, id string, want Want) (*Content, error) {
	if _, err := r.running(); err != nil {
		return nil, err
	}
	e, err := r.manifest(ctx, id)
	if err != nil {
		return nil, err
	}
	st := r.status(e)
	var key []byte
	var why string
	if want != WantCiphertext {
		key, err = r.documentKey(e)
		switch {
		case err == nil:
		case want == WantPlaintext:
			return nil, err
		default:
			why = err.Error()
		}
	} else {
		why = "ciphertext requested"
	}
	cat, err := r.blocks.Cat(ctx, e.m.Ciphertext)
	if err != nil {
		return nil, fmt.Errorf("open ciphertext %s: %w", e.m.Ciphertext, err)
	}
	if key == nil {
		return &Content{ReadCloser: cat, Kind: "ciphertext", Size: cat.Size(), Why: why, Rejected: st.RejectedShares}, nil
	}
	pr, err := Decrypt(cat, key)
	clear(key)
	if err != nil {
		cat.Close()
		return nil, err
	}
	return &Content{ReadCloser: &readCloser{Reader: pr, close: cat.Close}, Kind: "plaintext",
		Size: e.m.PlaintextSize, Rejected: st.RejectedShares}, nil
}

type readCloser struct {
	io.Reader
	close func() error
}

func (r *readCloser) Close() error { return r.close() }
