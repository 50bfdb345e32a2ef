package narrative

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// Params are the rules of reputation. Every node of a mesh must use the same
// Params (they are part of the network's configuration, like the charter),
// or their scores differ.
type Params struct {
	// Window is the uptime attestation window.
	Window time.Duration
	// K is how many distinct established peers must witness a peer in a
	// window for it to count (fewer while fewer are established).
	K int
	// AgeWindows is how many witnessed windows make a peer established: only
	// established peers' attestations count.
	AgeWindows int
	// HalfLife is the decay of every contribution.
	HalfLife time.Duration
	// MaxAge is the oldest evidence accepted and scored.
	MaxAge time.Duration
	// MaxSkew is how far in the future evidence may be dated.
	MaxSkew time.Duration
	// Anchors are the peers trusted from the start: trust spreads from them.
	Anchors []peer.ID
	// Caps and Rates are per kind: points = min(cap, rate × decayed units).
	Caps  map[Kind]float64
	Rates map[Kind]float64
	// GossipFull is the gossipsub score (points) that counts as full
	// standing in a window.
	GossipFull float64
}

// DefaultParams are the network defaults (README "Narrative").
func DefaultParams() Params {
	return Params{
		Window:     time.Hour,
		K:          3,
		AgeWindows: 24,
		HalfLife:   30 * 24 * time.Hour,
		MaxAge:     180 * 24 * time.Hour,
		MaxSkew:    5 * time.Minute,
		Caps: map[Kind]float64{KindUptime: 25, KindGossip: 15, KindRefugePin: 20, KindGuardian: 15,
			KindVote: 15, KindCradle: 10},
		Rates: map[Kind]float64{
			KindUptime:    0.25, // per witnessed hour
			KindGossip:    0.25, // per hour at full standing
			KindRefugePin: 10,   // per GiB pinned
			KindGuardian:  3,    // per acknowledgement; a released share counts twice
			KindVote:      2,    // per proposal voted on
			KindCradle:    2,    // per completed stage
		},
		GossipFull: 10,
	}
}

// WindowOf is the window a time falls in.
func (p Params) WindowOf(t time.Time) uint64 {
	if t.UnixNano() <= 0 || p.Window <= 0 {
		return 0
	}
	return uint64(t.UnixNano() / int64(p.Window))
}

// WindowStart is when window w begins.
func (p Params) WindowStart(w uint64) time.Time {
	return time.Unix(0, int64(w)*int64(p.Window))
}

// MaxScore is the sum of the caps.
func (p Params) MaxScore() float64 {
	s := 0.0
	for _, k := range ScoredKinds {
		s += p.Caps[k]
	}
	return s
}

// KindScore is one kind's part of a peer's reputation.
type KindScore struct {
	Kind   string `json:"kind"`
	Metric string `json:"metric"`
	// Items is the evidence items counted.
	Items int `json:"items"`
	// Total is the undecayed measure in the metric's unit: seconds witnessed
	// (uptime, gossip at full standing), bytes pinned, duties, votes, stages.
	Total float64 `json:"total"`
	// Units is the decayed measure the points come from.
	Units  float64 `json:"units"`
	Points float64 `json:"points"`
	Cap    float64 `json:"cap"`
}

// Score is one peer's reputation.
type Score struct {
	Peer  peer.ID `json:"peer"`
	Total float64 `json:"score"`
	// Established says whether the peer's own attestations count, and since
	// which window.
	Established      bool        `json:"established"`
	EstablishedSince time.Time   `json:"established_since,omitzero"`
	Kinds            []KindScore `json:"kinds"`
	// Wallet is the address bound to the peer, if any.
	Wallet string `json:"wallet,omitempty"`

	pins []pinRecord
}

type pinRecord struct {
	at    time.Time
	bytes int64
}

// Kind returns the part of kind k.
func (s *Score) Kind(k Kind) KindScore {
	for _, ks := range s.Kinds {
		if ks.Kind == k.String() {
			return ks
		}
	}
	return KindScore{Kind: k.String(), Metric: k.Metric()}
}

// PinnedFor is the bytes of counted pins acknowledged at least d before now.
func (s *Score) PinnedFor(now time.Time, d time.Duration) int64 {
	var n int64
	for _, p := range s.pins {
		if !p.at.After(now.Add(-d)) {
			n += p.bytes
		}
	}
	return n
}

// Result is every peer's reputation at one time.
type Result struct {
	At     time.Time
	Scores map[peer.ID]*Score
	// Established is the set of established peers with the window each
	// joined in.
	Established map[peer.ID]uint64
	// Wallets maps bound addresses (lower-case hex) to their peers.
	Wallets map[string]peer.ID

	params Params
}

// Score returns p's score (a zero score for an unknown peer).
func (r *Result) Score(p peer.ID) *Score {
	if s, ok := r.Scores[p]; ok {
		return s
	}
	s := newScore(p, r.params)
	if w, ok := r.Established[p]; ok {
		s.Established, s.EstablishedSince = true, r.params.WindowStart(w)
	}
	return s
}

// Ranking is every scored peer, best first (ties by peer ID).
func (r *Result) Ranking() []*Score {
	out := make([]*Score, 0, len(r.Scores))
	for _, s := range r.Scores {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b *Score) int {
		if a.Total != b.Total {
			if a.Total > b.Total {
				return -1
			}
			return 1
		}
		return strings.Compare(string(a.Peer), string(b.Peer))
	})
	return out
}

func newScore(p peer.ID, prm Params) *Score {
	s := &Score{Peer: p}
	for _, k := range ScoredKinds {
		s.Kinds = append(s.Kinds, KindScore{Kind: k.String(), Metric: k.Metric(), Cap: prm.Caps[k]})
	}
	return s
}

func kindIndex(k Kind) int { return slices.Index(ScoredKinds, k) }

// Compute is reputation: a pure function of the evidence and the time. The
// order of items does not matter, nor do duplicates; items dated after now
// or older than MaxAge are ignored. See README "Narrative" for the formula.
func Compute(items []Evidence, now time.Time, p Params) *Result {
	res := &Result{At: now, Scores: map[peer.ID]*Score{}, Established: map[peer.ID]uint64{}, Wallets: map[string]peer.ID{}, params: p}
	nowW := p.WindowOf(now)
	oldest := now.Add(-p.MaxAge)

	// A canonical order makes every sum below add the same floats in the
	// same order on every node.
	sorted := make([]*Evidence, 0, len(items))
	for i := range items {
		e := &items[i]
		if e.Time.After(now) || (e.Kind != KindWallet && e.Time.Before(oldest)) {
			continue
		}
		sorted = append(sorted, e)
	}
	slices.SortFunc(sorted, compareEvidence)

	score := func(id peer.ID) *Score {
		s, ok := res.Scores[id]
		if !ok {
			s = newScore(id, p)
			res.Scores[id] = s
		}
		return s
	}
	decay := func(t time.Time) float64 {
		age := now.Sub(t)
		if age <= 0 || p.HalfLife <= 0 {
			return 1
		}
		return math.Exp2(-float64(age) / float64(p.HalfLife))
	}

	// Wallet bindings: the earliest binding of an address wins, and a peer
	// keeps its earliest binding, so a later claim steals nothing.
	for _, e := range sorted {
		if e.Kind != KindWallet {
			continue
		}
		addr, err := VerifyWallet(e)
		if err != nil {
			continue
		}
		key := strings.ToLower(addr.Hex())
		if _, taken := res.Wallets[key]; taken {
			continue
		}
		s := score(e.Subject)
		if s.Wallet != "" {
			continue
		}
		s.Wallet = addr.Hex()
		res.Wallets[key] = e.Subject
	}

	// Windowed evidence, grouped by window then subject.
	type wkey struct {
		w    uint64
		subj peer.ID
	}
	uptime := map[wkey][]*Evidence{}
	gossip := map[wkey][]*Evidence{}
	var windows []uint64
	for _, e := range sorted {
		if !e.Kind.Windowed() || e.Window >= nowW {
			continue
		}
		k := wkey{e.Window, e.Subject}
		if e.Kind == KindUptime {
			uptime[k] = append(uptime[k], e)
		} else {
			gossip[k] = append(gossip[k], e)
		}
		windows = append(windows, e.Window)
	}
	slices.Sort(windows)
	windows = slices.Compact(windows)

	// Trust spreads from the anchors window by window: a peer witnessed in
	// AgeWindows windows by established peers becomes established from the
	// next window. A ring of fresh identities that only attest each other
	// never reaches an anchor's trust and counts for nothing.
	est := res.Established
	for _, a := range p.Anchors {
		est[a] = 0
	}
	witnessedCount := map[peer.ID]int{}
	bySubject := func(m map[wkey][]*Evidence) map[uint64][]peer.ID {
		out := map[uint64][]peer.ID{}
		for k := range m {
			out[k.w] = append(out[k.w], k.subj)
		}
		for _, l := range out {
			slices.SortFunc(l, func(a, b peer.ID) int { return strings.Compare(string(a), string(b)) })
		}
		return out
	}
	uptimeSubjects, gossipSubjects := bySubject(uptime), bySubject(gossip)
	counted := func(att peer.ID, w uint64) bool {
		since, ok := est[att]
		return ok && since <= w
	}
	// Windows are walked in order and a peer joins from the window after it
	// qualified, so while window w is walked every established peer counts.
	need := func(subj peer.ID) int {
		n := len(est)
		if _, ok := est[subj]; ok {
			n--
		}
		return min(p.K, n)
	}
	wdur := p.Window.Seconds()
	var joined []peer.ID
	for _, w := range windows {
		joined = joined[:0]
		for _, subj := range uptimeSubjects[w] {
			attesters := distinctCounted(uptime[wkey{w, subj}], w, counted)
			nd := need(subj)
			if nd == 0 || len(attesters) < nd {
				continue
			}
			s := score(subj)
			ks := &s.Kinds[kindIndex(KindUptime)]
			ks.Items += len(attesters)
			ks.Total += wdur
			ks.Units += wdur / 3600 * decay(p.WindowStart(w+1))
			witnessedCount[subj]++
			if _, ok := est[subj]; !ok && witnessedCount[subj] >= p.AgeWindows {
				joined = append(joined, subj)
			}
		}
		for _, subj := range gossipSubjects[w] {
			ev := gossip[wkey{w, subj}]
			var vals []int64
			seen := map[peer.ID]bool{}
			for _, e := range ev {
				if e.Attester == subj || seen[e.Attester] || !counted(e.Attester, w) {
					continue
				}
				seen[e.Attester] = true
				vals = append(vals, e.Amount)
			}
			nd := need(subj)
			if nd == 0 || len(vals) < nd {
				continue
			}
			slices.Sort(vals)
			med := float64(vals[(len(vals)-1)/2]) / 1000 // the lower median: one liar cannot lift it
			standing := 0.0
			if p.GossipFull > 0 {
				standing = math.Max(0, math.Min(1, med/p.GossipFull))
			}
			if standing == 0 {
				continue
			}
			s := score(subj)
			ks := &s.Kinds[kindIndex(KindGossip)]
			ks.Items += len(vals)
			ks.Total += wdur * standing
			ks.Units += wdur / 3600 * standing * decay(p.WindowStart(w+1))
		}
		for _, j := range joined {
			est[j] = w + 1
		}
	}

	// One-off evidence counts once per (kind, subject, ref, amount), from the
	// first attester that was established when it attested.
	type okey struct {
		kind   Kind
		subj   peer.ID
		ref    string
		amount int64
	}
	seen := map[okey]bool{}
	for _, e := range sorted {
		switch e.Kind {
		case KindRefugePin, KindGuardian, KindVote, KindCradle:
		default:
			continue
		}
		// A completed rollout stage is signed by its cohort member (the
		// chain vouches for it); everything else by another peer.
		if (e.Attester == e.Subject) != (e.Kind == KindCradle) || !counted(e.Attester, p.WindowOf(e.Time)) {
			continue
		}
		k := okey{e.Kind, e.Subject, e.Ref, 0}
		if e.Kind == KindGuardian {
			k.amount = e.Amount
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		s := score(e.Subject)
		ks := &s.Kinds[kindIndex(e.Kind)]
		ks.Items++
		units := 1.0
		switch e.Kind {
		case KindRefugePin:
			units = float64(e.Amount) / (1 << 30)
			ks.Total += float64(e.Amount)
			s.pins = append(s.pins, pinRecord{at: e.Time, bytes: e.Amount})
		case KindGuardian:
			units = float64(e.Amount)
			ks.Total++
		default:
			ks.Total++
		}
		ks.Units += units * decay(e.Time)
	}

	for id, s := range res.Scores {
		total := 0.0
		for i := range s.Kinds {
			ks := &s.Kinds[i]
			k := ScoredKinds[i]
			ks.Cap = p.Caps[k]
			ks.Points = math.Min(ks.Cap, p.Rates[k]*ks.Units)
			total += ks.Points
		}
		s.Total = total
		if w, ok := est[id]; ok {
			s.Established = true
			s.EstablishedSince = p.WindowStart(w)
		}
	}
	return res
}

func distinctCounted(ev []*Evidence, w uint64, counted func(peer.ID, uint64) bool) []peer.ID {
	var out []peer.ID
	for _, e := range ev {
		if e.Attester == e.Subject || !counted(e.Attester, w) || slices.Contains(out, e.Attester) {
			continue
		}
		out = append(out, e.Attester)
	}
	return out
}

// compareEvidence is the canonical order: time, kind, subject, attester,
// then content.
func compareEvidence(a, b *Evidence) int {
	if c := a.Time.Compare(b.Time); c != 0 {
		return c
	}
	if a.Kind != b.Kind {
		return int(a.Kind - b.Kind)
	}
	if c := strings.Compare(string(a.Subject), string(b.Subject)); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.Attester), string(b.Attester)); c != 0 {
		return c
	}
	ia, ib := a.ID(), b.ID()
	return bytes.Compare(ia[:], ib[:])
}
