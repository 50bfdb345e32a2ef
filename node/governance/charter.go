package governance

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	pubsub "github.com/libp2p/go-libp2p-pubsub"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/contracts/bindings/charterregistry"
	"github.com/x0tta6bl4/westworld/node/charter"
	"github.com/x0tta6bl4/westworld/p2p"
)

// Keys under the PrefixGovernance namespace ("ix/" is the chain index's).
var (
	keyDoc      = []byte("gv/doc/")  // sha256 -> cachedDoc (JSON)
	keyMine     = []byte("gv/mine/") // sha256 -> "" : documents this node offered for a proposal
	keyRelay    = []byte("gv/relay/")
	keyReleased = []byte("gv/rel/")  // manifest ID -> proposal
	keySusp     = []byte("gv/susp/") // peer hash -> applied suspension (until, unix s)
	keyState    = []byte("gv/ps/")   // unverified gossiped proposal state (nodes without chain)
)

func key(prefix []byte, suffix []byte) []byte {
	return append(bytes.Clone(prefix), suffix...)
}

// cachedDoc is a charter document this node holds, by hash.
type cachedDoc struct {
	Version  uint64 `json:"version"`
	CID      string `json:"cid,omitempty"`
	Document []byte `json:"document"`
}

var amendMethod = charterregistry.NewCharterRegistry().GetABI().Methods["amend"]

// DecodeAmendCalldata reads CharterRegistry.amend(version, sha256, cid) calldata.
func DecodeAmendCalldata(data []byte) (version uint64, hash common.Hash, cid string, err error) {
	if len(data) < 4 || !bytes.Equal(data[:4], amendMethod.ID) {
		return 0, common.Hash{}, "", errors.New("not CharterRegistry.amend calldata")
	}
	vals, err := amendMethod.Inputs.Unpack(data[4:])
	if err != nil || len(vals) != 3 {
		return 0, common.Hash{}, "", fmt.Errorf("amend calldata: %v", err)
	}
	v, ok1 := vals[0].(uint64)
	h, ok2 := vals[1].([32]byte)
	c, ok3 := vals[2].(string)
	if !ok1 || !ok2 || !ok3 {
		return 0, common.Hash{}, "", errors.New("amend calldata: unexpected types")
	}
	return v, h, c, nil
}

// loadProposed rebuilds the set of charter hashes proposed on chain from the index.
func (s *Service) loadProposed(ctx context.Context) error {
	ps, err := s.d.Chain.Index().Proposals(ctx, chain.ListOptions{})
	if err != nil {
		return err
	}
	for i := range ps {
		cds := make([][]byte, len(ps[i].Calldatas))
		for j, c := range ps[i].Calldatas {
			cds[j] = c
		}
		s.noteCharterProposal(ps[i].ID, ps[i].Targets, cds)
	}
	return nil
}

func (s *Service) noteCharterProposal(id *big.Int, targets []common.Address, calldatas [][]byte) {
	for i, t := range targets {
		if t != s.cfg.Deployment.CharterRegistry || i >= len(calldatas) {
			continue
		}
		v, h, c, err := DecodeAmendCalldata(calldatas[i])
		if err != nil {
			continue
		}
		s.mu.Lock()
		s.proposed[h] = proposedCharter{version: v, cid: c, proposal: id}
		s.mu.Unlock()
	}
}

// noteProposal records a new charter amendment and, when this node offered its document,
// announces the document so every node has it before the vote ends.
func (s *Service) noteProposal(ctx context.Context, e *contracts.ProposalCreated) {
	s.noteCharterProposal(e.ProposalID, e.Targets, e.Calldatas)
	for i, t := range e.Targets {
		if t != s.cfg.Deployment.CharterRegistry || i >= len(e.Calldatas) {
			continue
		}
		_, h, _, err := DecodeAmendCalldata(e.Calldatas[i])
		if err != nil {
			continue
		}
		if mine, _ := s.d.Store.Has(key(keyMine, h[:])); mine {
			s.announce(ctx, h)
		}
	}
}

// reannounce offers the document of an executed charter amendment again, for nodes that
// missed the first announcement (started later, or were partitioned).
func (s *Service) reannounce(ctx context.Context, id *big.Int) {
	s.mu.Lock()
	var hashes []common.Hash
	for h, p := range s.proposed {
		if p.proposal != nil && p.proposal.Cmp(id) == 0 {
			hashes = append(hashes, h)
		}
	}
	s.mu.Unlock()
	for _, h := range hashes {
		if mine, _ := s.d.Store.Has(key(keyMine, h[:])); mine {
			s.announce(ctx, h)
		}
	}
}

// announce publishes a cached document on westworld/charter/1.
func (s *Service) announce(ctx context.Context, h common.Hash) {
	doc, ok := s.cached(h)
	if !ok {
		return
	}
	data, err := EncodeCharter(CharterAnnouncement{CharterVersion: doc.Version, SHA256: h, Document: doc.Document, CID: doc.CID})
	if err != nil {
		s.log.Warn("encode charter announcement", "sha256", h, "err", err)
		return
	}
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := s.d.Gossip.Publish(pctx, p2p.TopicCharter, data, 0); err != nil {
		s.log.Warn("announce charter", "sha256", h, "err", err)
		return
	}
	s.log.Info("charter announced", "sha256", h, "version", doc.Version)
}

func (s *Service) cached(h common.Hash) (cachedDoc, bool) {
	raw, err := s.d.Store.Get(key(keyDoc, h[:]))
	if err != nil {
		return cachedDoc{}, false
	}
	var d cachedDoc
	if json.Unmarshal(raw, &d) != nil || sha256.Sum256(d.Document) != h {
		return cachedDoc{}, false
	}
	return d, true
}

func (s *Service) cache(h common.Hash, d cachedDoc) error {
	raw, err := json.Marshal(d)
	if err != nil {
		return err
	}
	return s.d.Store.Put(key(keyDoc, h[:]), raw)
}

// Draft is a charter document this node will propose: Offer checks and caches it and returns
// what goes into the CharterRegistry.amend proposal.
type Draft struct {
	Version uint64      `json:"version"`
	SHA256  common.Hash `json:"sha256"`
	CID     string      `json:"cid"`
}

// Offer validates a charter document, caches it, and marks it as this node's, so that the
// node announces it on westworld/charter/1 as soon as the proposal naming its hash is indexed.
// cid is where the caller stored it in IPFS ("" if nowhere).
func (s *Service) Offer(doc []byte, cid string) (Draft, error) {
	c, err := charter.Parse("proposed charter", doc)
	if err != nil {
		return Draft{}, err
	}
	if c.Version() <= 0 {
		return Draft{}, fmt.Errorf("proposed charter: version %d must be positive", c.Version())
	}
	h := common.Hash(sha256.Sum256(doc))
	if err := s.cache(h, cachedDoc{Version: uint64(c.Version()), CID: cid, Document: doc}); err != nil {
		return Draft{}, fmt.Errorf("cache charter: %w", err)
	}
	if err := s.d.Store.Put(key(keyMine, h[:]), nil); err != nil {
		return Draft{}, fmt.Errorf("cache charter: %w", err)
	}
	return Draft{Version: uint64(c.Version()), SHA256: h, CID: cid}, nil
}

// knownCharterHash reports whether h is on chain: adopted by the CharterRegistry or in the
// calldata of a charter amendment the governor knows.
func (s *Service) knownCharterHash(ctx context.Context, h common.Hash) (bool, error) {
	s.mu.Lock()
	_, ok := s.proposed[h]
	s.mu.Unlock()
	if ok {
		return true, nil
	}
	v, err := s.d.Chain.Index().CharterVersionOfHash(ctx, h)
	if err != nil {
		return false, err
	}
	return v > 0, nil
}

// validateCharter accepts an announcement only when its hash is on chain. Without a chain
// nothing can be judged, so announcements are ignored, never accepted.
func (s *Service) validateCharter(ctx context.Context, msg *pubsub.Message) error {
	a, err := DecodeCharter(msg.Data)
	if err != nil {
		return err
	}
	if s.d.Chain == nil {
		return ignore("no chain to check charter %s against", a.SHA256)
	}
	ok, err := s.knownCharterHash(ctx, a.SHA256)
	if err != nil {
		return ignore("read the index: %v", err)
	}
	if !ok {
		// The announcer may have indexed the proposal a moment before us: catch up to the
		// head we know of, then judge.
		if err := s.catchUp(ctx); err != nil {
			return ignore("index behind the chain: %v", err)
		}
		s.loadProposed(ctx) //nolint:errcheck // judged below
		if ok, err = s.knownCharterHash(ctx, a.SHA256); err != nil {
			return ignore("read the index: %v", err)
		}
	}
	if !ok {
		return fmt.Errorf("%w: %s (version %d)", ErrUnknownCharterHash, a.SHA256.Hex(), a.CharterVersion)
	}
	if _, err := charter.Parse("announced charter", a.Document); err != nil {
		return fmt.Errorf("announced charter %s: %w", a.SHA256.Hex(), err)
	}
	msg.ValidatorData = a
	return nil
}

// catchUp waits (ValidateWait at most) until the index has the chain's current head (less the
// confirmations): the announcer may have indexed a block this node has not polled yet.
func (s *Service) catchUp(ctx context.Context) error {
	st := s.d.Chain.Status()
	if !st.Connected {
		return errors.New("chain endpoint not connected")
	}
	wctx, cancel := context.WithTimeout(ctx, s.cfg.ValidateWait)
	defer cancel()
	target := st.Target
	if c, err := s.dial(wctx); err == nil {
		if head, err := c.BlockNumber(wctx); err == nil && head >= st.Confirmations {
			target = max(target, head-st.Confirmations)
		}
	}
	return s.d.Chain.WaitIndexed(wctx, target)
}

// handleCharter caches an accepted document and activates it if it is the one in force.
func (s *Service) handleCharter(msg *pubsub.Message) {
	a, ok := msg.ValidatorData.(CharterAnnouncement)
	if !ok {
		return
	}
	if _, have := s.cached(a.SHA256); !have {
		if err := s.cache(a.SHA256, cachedDoc{Version: a.CharterVersion, CID: a.CID, Document: a.Document}); err != nil {
			s.log.Warn("cache announced charter", "sha256", a.SHA256, "err", err)
			return
		}
		s.log.Debug("charter document cached", "sha256", a.SHA256, "version", a.CharterVersion)
	}
	select {
	case s.kick <- struct{}{}: // the follow loop activates it if it is the one in force
	default:
	}
}

// reconcileCharter activates the charter the CharterRegistry record names, unless it is
// already active. The document comes from the cache (announced or offered) or from IPFS.
func (s *Service) reconcileCharter(ctx context.Context) {
	rec, ok, err := s.d.Chain.Index().Charter(ctx)
	if err != nil {
		s.log.Warn("read the charter record", "err", err)
		return
	}
	if !ok {
		return
	}
	if cur := s.d.Active(); cur != nil && common.Hash(cur.SHA256()) == rec.DocumentHash {
		return // already in force: activation is idempotent across events and restarts
	}
	doc, have := s.cached(rec.DocumentHash)
	if !have && rec.CID != "" && s.d.Fetch != nil {
		s.fetchLater(rec)
		return
	}
	if !have {
		s.log.Warn("charter adopted on chain but its document is not here yet; waiting for an announcement",
			"version", rec.Version, "sha256", rec.DocumentHash)
		return
	}
	c, err := charter.Parse(fmt.Sprintf("charter v%d", rec.Version), doc.Document)
	if err != nil {
		s.log.Error("adopted charter does not parse; keeping the active one", "version", rec.Version, "err", err)
		return
	}
	source := fmt.Sprintf("CharterRegistry v%d (block %d", rec.Version, rec.Adopted.Block)
	if id := s.executedBy(ctx, rec.Adopted.Tx); id != "" {
		source += ", proposal " + id
	}
	source += ")"
	if err := s.d.Activate(c, source); err != nil {
		s.log.Error("activate adopted charter", "version", rec.Version, "err", err)
		return
	}
	s.mu.Lock()
	s.activations++
	s.mu.Unlock()
}

// Document is the cached charter document with this sha256 (offered, announced or fetched).
func (s *Service) Document(h common.Hash) ([]byte, bool) {
	d, ok := s.cached(h)
	return d.Document, ok
}

// fetchLater reads an adopted charter's document from IPFS in the background (bitswap may take
// a while), caches it if it hashes right, and has the follow loop activate it.
func (s *Service) fetchLater(rec chain.CharterRecord) {
	s.mu.Lock()
	if s.fetching[rec.DocumentHash] {
		s.mu.Unlock()
		return
	}
	s.fetching[rec.DocumentHash] = true
	s.mu.Unlock()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer func() {
			s.mu.Lock()
			delete(s.fetching, rec.DocumentHash)
			s.mu.Unlock()
		}()
		ctx, cancel := context.WithTimeout(s.ctx, time.Minute)
		raw, err := s.d.Fetch(ctx, rec.CID)
		cancel()
		switch {
		case err != nil:
			s.log.Warn("fetch the adopted charter from IPFS; waiting for an announcement", "cid", rec.CID, "err", err)
			return
		case common.Hash(sha256.Sum256(raw)) != rec.DocumentHash:
			s.log.Warn("IPFS document does not hash to the adopted charter", "cid", rec.CID)
			return
		}
		if err := s.cache(rec.DocumentHash, cachedDoc{Version: rec.Version, CID: rec.CID, Document: raw}); err != nil {
			s.log.Warn("cache fetched charter", "err", err)
			return
		}
		select {
		case s.kick <- struct{}{}:
		default:
		}
	}()
}
