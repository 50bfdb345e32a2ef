package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"

	"github.com/ipfs/go-cid"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/governance"
	"github.com/x0tta6bl4/westworld/storage"
	"github.com/x0tta6bl4/westworld/storage/ipfs"
)

// Governance is the governance service (after Start).
func (n *Node) Governance() *governance.Service { return n.gov }

// startGovernance binds the node to the chain's decisions: charter announcements, proposal
// state and ballots on gossip, and the executed decisions (charter, refuge release,
// suspensions) applied through the charter, refuge and enforcement components. It needs
// gossip, the charter, enforcement, IPFS and refuge, so it starts after them.
func (n *Node) startGovernance(ctx context.Context) error {
	relay, err := n.cfg.relaySigner()
	if err != nil {
		return err
	}
	deps := governance.Deps{
		Gossip:   n.gossip,
		Store:    n.store.Namespace(storage.PrefixGovernance),
		Activate: n.charter.activate,
		Active:   n.Charter,
	}
	if n.watcher != nil {
		deps.Chain = n.watcher
	}
	if n.enforcer != nil {
		deps.Enforcer = n.enforcer
	}
	if n.refuge != nil {
		deps.Release = n.refuge.ReleaseByProposal
		deps.Guardians = n.applyGuardianSet
	}
	if n.ipfs != nil {
		deps.Fetch = n.fetchDocument
	}
	g, err := governance.New(governance.Config{
		Self: n.ID(), Deployment: n.deployment, RPC: n.rpcURL, Relay: relay, Now: n.now, Logger: n.log,
	}, deps)
	if err != nil {
		return err
	}
	if err := g.Start(ctx); err != nil {
		return err
	}
	n.gov = g
	n.onClose("governance", g.Close)
	n.addStatus("governance", func(context.Context) any {
		st := map[string]any{"chain": g.HasChain(), "charter_activations": g.Activations()}
		if a := g.RelayAddress(); a != (relay0) {
			st["relay"] = a.Hex()
		}
		return st
	})
	return nil
}

var relay0 = [20]byte{}

// fetchDocument reads a small document (a charter) from IPFS, bounded by the wire limit.
func (n *Node) fetchDocument(ctx context.Context, c string) ([]byte, error) {
	id, err := cid.Decode(c)
	if err != nil {
		return nil, fmt.Errorf("cid %q: %w", c, err)
	}
	r, err := n.ipfs.Cat(ctx, id)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, governance.MaxDocumentSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > governance.MaxDocumentSize {
		return nil, fmt.Errorf("cid %s: document over %d bytes", c, governance.MaxDocumentSize)
	}
	return b, nil
}

func (n *Node) governanceRoutes() []api.Route {
	return []api.Route{
		// The RPC URL may carry an API key (chain status shows only its host): only those who
		// may vote, and so send transactions through it, get it.
		{Method: "GET", Path: "/v1/governance", Op: "vote:write", Handle: n.handleGovernanceInfo},
		{Method: "GET", Path: "/v1/proposals", Op: "proposal:read", Handle: n.handleProposals},
		{Method: "GET", Path: "/v1/proposals/{id}", Op: "proposal:read", Handle: n.handleProposal},
		{Method: "POST", Path: "/v1/proposals/charter", Op: "proposal:create", Handle: n.handleCharterDraft, MaxBody: 1 << 20},
		{Method: "POST", Path: "/v1/ballots", Op: "vote:write", Handle: n.handleBallot},
	}
}

func (n *Node) handleGovernanceInfo(w http.ResponseWriter, r *http.Request) error {
	info := governance.Info{Chain: n.watcher != nil, RPC: n.rpcURL, Deployment: n.deployment}
	if n.gov != nil {
		if a := n.gov.RelayAddress(); a != relay0 {
			info.Relay = &a
		}
	}
	if n.watcher != nil {
		st := n.watcher.Status()
		info.Status = &st
	}
	return api.WriteJSON(w, http.StatusOK, info)
}

func (n *Node) handleProposals(w http.ResponseWriter, r *http.Request) error {
	out := governance.ProposalList{Proposals: []chain.Proposal{}}
	if n.watcher == nil {
		u, err := n.gov.UnverifiedStates()
		if err != nil {
			return err
		}
		out.Unverified = u
		return api.WriteJSON(w, http.StatusOK, out)
	}
	opts := chain.ListOptions{Limit: 100}
	if v := r.URL.Query().Get("limit"); v != "" {
		l, err := strconv.Atoi(v)
		if err != nil || l < 1 {
			return api.Errorf(http.StatusBadRequest, "limit %q is not a positive integer", v)
		}
		opts.Limit = l
	}
	ps, err := n.watcher.Index().Proposals(r.Context(), opts)
	if err != nil {
		return err
	}
	if ps != nil {
		out.Proposals = ps
	}
	return api.WriteJSON(w, http.StatusOK, out)
}

func (n *Node) handleProposal(w http.ResponseWriter, r *http.Request) error {
	if n.watcher == nil {
		return api.Errorf(http.StatusConflict, "%v", ErrNoChain)
	}
	ix := n.watcher.Index()
	p, err := ix.Lookup(r.Context(), r.PathValue("id"))
	switch {
	case errors.Is(err, chain.ErrUnknownProposal):
		return api.Errorf(http.StatusNotFound, "%v", err)
	case errors.Is(err, chain.ErrAmbiguousProposal), errors.Is(err, chain.ErrBadProposalRef):
		return api.Errorf(http.StatusBadRequest, "%v", err)
	case err != nil:
		return err
	}
	votes, err := ix.Votes(r.Context(), p.ID)
	if err != nil {
		return err
	}
	if votes == nil {
		votes = []chain.Vote{}
	}
	return api.WriteJSON(w, http.StatusOK, governance.ProposalDetail{Proposal: p, Votes: votes})
}

// handleCharterDraft stores a charter the operator is about to propose: in IPFS (pinned, so
// nodes that miss the announcement can fetch it) and in the governance cache, from which the
// node announces it once the proposal is on chain.
func (n *Node) handleCharterDraft(w http.ResponseWriter, r *http.Request) error {
	if n.watcher == nil {
		return api.Errorf(http.StatusConflict, "%v", ErrNoChain)
	}
	var req governance.CharterDraftRequest
	if err := api.ReadJSON(r, &req); err != nil {
		return err
	}
	if len(req.Document) == 0 || len(req.Document) > governance.MaxDocumentSize {
		return api.Errorf(http.StatusBadRequest, "charter document is %d bytes (1..%d)", len(req.Document), governance.MaxDocumentSize)
	}
	var cidStr string
	if n.ipfs != nil {
		c, err := n.ipfs.Add(r.Context(), bytes.NewReader(req.Document), ipfs.AddOptions{Name: "charter draft"})
		if err != nil {
			return fmt.Errorf("add charter to IPFS: %w", err)
		}
		cidStr = c.String()
	}
	d, err := n.gov.Offer(req.Document, cidStr)
	if err != nil {
		return api.Errorf(http.StatusBadRequest, "%v", err)
	}
	return api.WriteJSON(w, http.StatusOK, d)
}

func (n *Node) handleBallot(w http.ResponseWriter, r *http.Request) error {
	var req governance.BallotRequest
	if err := api.ReadJSON(r, &req); err != nil {
		return err
	}
	if req.Ballot.ProposalID == nil || req.Ballot.Nonce == nil {
		return api.Errorf(http.StatusBadRequest, "ballot without proposal ID or nonce")
	}
	err := n.gov.SubmitBallot(r.Context(), req.Signed())
	var re *contracts.RevertError
	switch {
	case errors.Is(err, governance.ErrVotingClosed), errors.Is(err, governance.ErrAlreadyVoted),
		errors.Is(err, governance.ErrStaleNonce):
		return api.Errorf(http.StatusConflict, "%v", err)
	case errors.Is(err, governance.ErrNoVotingPower), errors.Is(err, governance.ErrNotOurChain),
		errors.Is(err, contracts.ErrBadSignature), errors.Is(err, contracts.ErrWrongSigner), errors.As(err, &re):
		return api.Errorf(http.StatusBadRequest, "%v", err)
	case errors.Is(err, chain.ErrUnknownProposal):
		return api.Errorf(http.StatusNotFound, "%v", err)
	case err != nil:
		return api.Errorf(http.StatusBadGateway, "%v", err)
	}
	res := governance.BallotResult{Published: true}
	if a := n.gov.RelayAddress(); a != relay0 {
		res.Relay = &a
	}
	return api.WriteJSON(w, http.StatusOK, res)
}
