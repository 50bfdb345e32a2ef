package governance

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	pubsub "github.com/libp2p/go-libp2p-pubsub"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/p2p"
)

// domainOf is the EIP-712 domain of a governor of this deployment.
func (s *Service) domainOf(governor common.Address) (contracts.Domain, error) {
	d := s.cfg.Deployment
	switch governor {
	case d.Governor:
		return contracts.GovernorDomain(contracts.GovernorName, d.ChainID, governor), nil
	case d.EmergencyGovernor:
		return contracts.GovernorDomain(contracts.EmergencyGovernorName, d.ChainID, governor), nil
	}
	return contracts.Domain{}, fmt.Errorf("%w: governor %s", ErrNotOurChain, governor)
}

// CheckBallot is what a ballot must pass before it is forwarded or relayed: it is signed by its
// voter for this deployment's governor and chain, the proposal is in its voting period, the
// voter has not voted, the nonce is the governor's, and the voter had voting power at the
// snapshot. Errors wrap the sentinels above.
func (s *Service) CheckBallot(ctx context.Context, b SignedBallot) error {
	if s.d.Chain == nil {
		return ErrNoChain
	}
	if b.ChainID != s.cfg.Deployment.ChainID {
		return fmt.Errorf("%w: chain %d, the deployment is on %d", ErrNotOurChain, b.ChainID, s.cfg.Deployment.ChainID)
	}
	dom, err := s.domainOf(b.Governor)
	if err != nil {
		return err
	}
	if err := contracts.VerifyBallot(dom, b.Ballot, b.Signature); err != nil {
		return err
	}
	ix := s.d.Chain.Index()
	p, err := ix.Proposal(ctx, b.Ballot.ProposalID)
	if errors.Is(err, chain.ErrUnknownProposal) {
		if cerr := s.catchUp(ctx); cerr == nil {
			p, err = ix.Proposal(ctx, b.Ballot.ProposalID)
		}
	}
	if err != nil {
		return err
	}
	if p.Governor != b.Governor {
		return fmt.Errorf("%w: proposal %s is on governor %s", ErrNotOurChain, p.ShortID, p.Governor)
	}
	if p.State != contracts.StateActive {
		return fmt.Errorf("%w: proposal %s is %s", ErrVotingClosed, p.ShortID, p.State)
	}
	voted, err := ix.HasVoted(ctx, b.Governor, b.Ballot.ProposalID, b.Ballot.Voter)
	if err != nil {
		return err
	}
	if voted {
		return fmt.Errorf("%w: %s on %s", ErrAlreadyVoted, b.Ballot.Voter.Hex(), p.ShortID)
	}
	c, err := s.dial(ctx)
	if err != nil {
		return err
	}
	gov := contracts.NewGovernor(b.Governor, c)
	nonce, err := gov.Nonce(ctx, b.Ballot.Voter)
	if err != nil {
		return fmt.Errorf("read nonce: %w", err)
	}
	if nonce.Cmp(b.Ballot.Nonce) != 0 {
		// The index may not have the vote yet that used this nonce.
		if v, err := gov.HasVoted(ctx, b.Ballot.ProposalID, b.Ballot.Voter); err == nil && v {
			return fmt.Errorf("%w: %s on %s", ErrAlreadyVoted, b.Ballot.Voter.Hex(), p.ShortID)
		}
		return fmt.Errorf("%w: signed with %s, the governor has %s", ErrStaleNonce, b.Ballot.Nonce, nonce)
	}
	power, err := gov.VotesAt(ctx, b.Ballot.Voter, p.VoteStart)
	if err != nil {
		return fmt.Errorf("read voting power: %w", err)
	}
	if power.Sign() <= 0 {
		return fmt.Errorf("%w: %s at block %d", ErrNoVotingPower, b.Ballot.Voter.Hex(), p.VoteStart)
	}
	return nil
}

// validateBallot is the westworld/ballots/1 validator. A node without a chain forwards only its
// own ballots (it cannot judge others').
func (s *Service) validateBallot(ctx context.Context, msg *pubsub.Message) error {
	b, err := DecodeBallot(msg.Data)
	if err != nil {
		return err
	}
	msg.ValidatorData = b
	if s.d.Chain == nil {
		if s.isLocal(msg) {
			return nil
		}
		return ignore("no chain to check a ballot against")
	}
	err = s.CheckBallot(ctx, b)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrAlreadyVoted), errors.Is(err, ErrStaleNonce), errors.Is(err, ErrVotingClosed):
		// A relay was faster, another ballot of the voter's used the nonce, or the vote closed
		// while the ballot travelled: stale, not the forwarder's fault.
		return ignore("%v", err)
	case errors.Is(err, ErrNoChain), errors.Is(err, chain.ErrUnreachable), errors.Is(err, context.DeadlineExceeded):
		return ignore("%v", err)
	case errors.Is(err, chain.ErrUnknownProposal):
		return ignore("%v", err) // the index may lag the voter's
	}
	return err
}

// SubmitBallot checks a ballot and publishes it on westworld/ballots/1 (the gasless vote's way
// in from the CLI). The relays, this node included if it is one, submit it.
func (s *Service) SubmitBallot(ctx context.Context, b SignedBallot) error {
	if s.d.Chain != nil {
		if err := s.CheckBallot(ctx, b); err != nil {
			return err
		}
	}
	data, err := EncodeBallot(b)
	if err != nil {
		return err
	}
	return s.d.Gossip.Publish(ctx, p2p.TopicBallots, data, 0)
}

func (s *Service) handleBallot(msg *pubsub.Message) {
	b, ok := msg.ValidatorData.(SignedBallot)
	if !ok || s.cfg.Relay == nil || s.d.Chain == nil {
		return
	}
	select {
	case s.relayQ <- b:
	default:
		s.log.Warn("relay queue full; ballot dropped", "voter", b.Ballot.Voter, "proposal", chain.ShortID(b.Ballot.ProposalID))
	}
}

func relayKey(b SignedBallot) []byte {
	k := key(keyRelay, b.Governor[:])
	k = append(k, common.BigToHash(b.Ballot.ProposalID).Bytes()...)
	return append(k, b.Ballot.Voter[:]...)
}

// relayRecord is what the relay remembers of one (proposal, voter).
type relayRecord struct {
	Tx     common.Hash `json:"tx,omitzero"`
	Status string      `json:"status"` // sending, sent, voted, failed
	Error  string      `json:"error,omitempty"`
	At     time.Time   `json:"at"`
}

// relayLoop waits out each ballot's stagger concurrently (so one slow turn does not hold up
// the others) and sends one transaction at a time (the relay account's nonces are sequential).
func (s *Service) relayLoop() {
	defer s.wg.Done()
	inflight := map[string]bool{}
	done := make(chan string)
	for {
		select {
		case <-s.ctx.Done():
			return
		case k := <-done:
			delete(inflight, k)
		case b := <-s.relayQ:
			k := string(relayKey(b))
			if inflight[k] {
				continue
			}
			inflight[k] = true
			s.wg.Add(1)
			go func() {
				defer s.wg.Done()
				s.relay(s.ctx, b)
				select {
				case done <- k:
				case <-s.ctx.Done():
				}
			}()
		}
	}
}

// stagger is this relay's wait before submitting b: a fraction of RelayStagger derived from
// the relay's address and the ballot, so relays take turns and a VoteCast stops the rest.
func (s *Service) stagger(b SignedBallot) time.Duration {
	a := s.RelayAddress()
	h := sha256.Sum256(append(append(a[:], b.Ballot.Voter[:]...), b.Ballot.ProposalID.Bytes()...))
	return time.Duration(binary.BigEndian.Uint64(h[:8]) % uint64(s.cfg.RelayStagger))
}

// relay submits castVoteBySig once per (governor, proposal, voter): the record in Badger is
// written before the transaction is sent, so neither a second ballot nor a restart sends it
// again; a relay that sees the vote counted (index or chain) stops.
func (s *Service) relay(ctx context.Context, b SignedBallot) {
	k := relayKey(b)
	if seen, _ := s.d.Store.Has(k); seen {
		return
	}
	ix := s.d.Chain.Index()
	voted := func() bool {
		v, err := ix.HasVoted(ctx, b.Governor, b.Ballot.ProposalID, b.Ballot.Voter)
		return err == nil && v
	}
	select {
	case <-ctx.Done():
		return
	case <-time.After(s.stagger(b)):
	}
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	if seen, _ := s.d.Store.Has(k); seen {
		return
	}
	put := func(r relayRecord) {
		r.At = s.cfg.Now()
		raw, _ := json.Marshal(r)
		if err := s.d.Store.Put(k, raw); err != nil {
			s.log.Warn("store relay record", "err", err)
		}
	}
	if voted() {
		put(relayRecord{Status: "voted"})
		return
	}
	c, err := s.dial(ctx)
	if err != nil {
		s.log.Warn("relay: no chain connection", "err", err)
		return
	}
	gov := contracts.NewGovernor(b.Governor, c)
	if v, err := gov.HasVoted(ctx, b.Ballot.ProposalID, b.Ballot.Voter); err == nil && v {
		put(relayRecord{Status: "voted"})
		return
	}
	put(relayRecord{Status: "sending"})
	auth := s.cfg.Relay.TransactOpts(s.cfg.Deployment.ChainID)
	tx, err := gov.CastVoteBySig(ctx, auth, b.Ballot, b.Signature)
	if err != nil {
		err = contracts.DecodeRevert(err)
		if contracts.IsRevert(err, "GovernorAlreadyCastVote") || voted() {
			put(relayRecord{Status: "voted"})
			return
		}
		var re *contracts.RevertError
		if errors.Is(err, chain.ErrInsufficientFunds) || errors.As(err, &re) {
			put(relayRecord{Status: "failed", Error: err.Error()})
		} else if derr := s.d.Store.Delete(k); derr != nil { // transient: a re-gossiped ballot may retry
			s.log.Warn("clear relay record", "err", derr)
		}
		s.log.Warn("relay castVoteBySig", "voter", b.Ballot.Voter, "proposal", chain.ShortID(b.Ballot.ProposalID), "err", err)
		return
	}
	put(relayRecord{Status: "sent", Tx: tx.Hash()})
	s.log.Info("relayed gasless ballot", "voter", b.Ballot.Voter, "proposal", chain.ShortID(b.Ballot.ProposalID),
		"support", b.Ballot.Support.String(), "tx", tx.Hash())
}
