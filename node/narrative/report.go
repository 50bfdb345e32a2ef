package narrative

import (
	"context"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// EvidenceView is an evidence item as the API shows it.
type EvidenceView struct {
	ID       string    `json:"id"`
	Kind     string    `json:"kind"`
	Metric   string    `json:"metric"`
	Subject  string    `json:"subject"`
	Attester string    `json:"attester"`
	Time     time.Time `json:"time"`
	Window   uint64    `json:"window,omitempty"`
	Amount   int64     `json:"amount,omitempty"`
	Ref      string    `json:"ref,omitempty"`
	Proof    string    `json:"proof,omitempty"`
}

// ViewOf is e as the API shows it.
func ViewOf(e *Evidence) EvidenceView {
	v := EvidenceView{ID: e.IDHex(), Kind: e.Kind.String(), Metric: e.Metric, Subject: e.Subject.String(),
		Attester: e.Attester.String(), Time: e.Time.UTC(), Window: e.Window, Amount: e.Amount, Ref: e.Ref}
	if len(e.Proof) > 0 {
		v.Proof = "0x" + hex.EncodeToString(e.Proof)
	}
	return v
}

// ReputationReport is `westworld reputation PEER`: the score kind by kind
// and the latest evidence behind it.
type ReputationReport struct {
	Score
	Rank     int            `json:"rank,omitempty"`
	Of       int            `json:"of"`
	MaxScore float64        `json:"max_score"`
	At       time.Time      `json:"at"`
	Evidence []EvidenceView `json:"evidence"`
	// EvidenceTotal is how many items about the peer this node holds.
	EvidenceTotal int `json:"evidence_total"`
}

// QuestsReport is `westworld quests`.
type QuestsReport struct {
	Peer       string              `json:"peer"`
	Storylines []StorylineProgress `json:"storylines"`
}

// LeaderboardEntry is one row of `westworld leaderboard`.
type LeaderboardEntry struct {
	Rank        int     `json:"rank"`
	Peer        string  `json:"peer"`
	Score       float64 `json:"score"`
	Established bool    `json:"established"`
	Badges      int     `json:"badges"`
}

// Report is a peer's reputation with its newest evidence (at most limit
// items).
func (s *Service) Report(p peer.ID, limit int) ReputationReport {
	r := s.Result()
	sc := r.Score(p)
	rep := ReputationReport{Score: *sc, Of: len(r.Scores), MaxScore: s.cfg.Params.MaxScore(), At: r.At.UTC(),
		Evidence: []EvidenceView{}}
	for i, x := range r.Ranking() {
		if x.Peer == p {
			rep.Rank = i + 1
		}
	}
	ev := s.Evidence(p)
	rep.EvidenceTotal = len(ev)
	for i := len(ev) - 1; i >= 0 && len(rep.Evidence) < limit; i-- {
		rep.Evidence = append(rep.Evidence, ViewOf(&ev[i]))
	}
	return rep
}

// Leaderboard is the top peers, best first.
func (s *Service) Leaderboard(top int) []LeaderboardEntry {
	r := s.Result()
	out := []LeaderboardEntry{}
	for i, sc := range r.Ranking() {
		if i >= top {
			break
		}
		badges := 0
		for _, sl := range s.cfg.Storylines {
			badges += len(sl.Progress(sc, r.At).Badges)
		}
		out = append(out, LeaderboardEntry{Rank: i + 1, Peer: sc.Peer.String(), Score: sc.Total,
			Established: sc.Established, Badges: badges})
	}
	return out
}

// BindWallet binds a wallet to this node from the wallet's EIP-191
// signature of BindingMessage(Self()), and gossips the binding.
func (s *Service) BindWallet(ctx context.Context, addr common.Address, sig []byte) (Evidence, error) {
	e := Evidence{Kind: KindWallet, Subject: s.self, Time: s.cfg.Now(), Proof: WalletProof(addr, sig)}
	if err := e.Sign(s.key); err != nil {
		return e, err
	}
	if err := s.Submit(ctx, []Evidence{e}); err != nil {
		return e, fmt.Errorf("bind wallet %s: %w", addr.Hex(), err)
	}
	return e, nil
}
