package governance

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/x0tta6bl4/westworld/chain"
	"github.com/x0tta6bl4/westworld/contracts"
)

// Info is GET /v1/governance: what a CLI needs to send transactions through the chain the
// daemon follows.
type Info struct {
	Chain      bool                  `json:"chain"`
	RPC        string                `json:"rpc,omitempty"`
	Deployment *contracts.Deployment `json:"deployment,omitempty"`
	Relay      *common.Address       `json:"relay,omitempty"`
	Status     *chain.Status         `json:"status,omitempty"`
}

// ProposalDetail is GET /v1/proposals/{id}.
type ProposalDetail struct {
	chain.Proposal
	Votes []chain.Vote `json:"votes"`
}

// ProposalList is GET /v1/proposals: the index's proposals, or what a node without chain heard.
type ProposalList struct {
	Proposals  []chain.Proposal  `json:"proposals"`
	Unverified []UnverifiedState `json:"unverified,omitempty"`
}

// CharterDraftRequest is POST /v1/proposals/charter: a charter document to propose.
type CharterDraftRequest struct {
	Document []byte `json:"document"`
}

// BallotRequest is POST /v1/ballots: a signed gasless ballot.
type BallotRequest struct {
	Governor  common.Address   `json:"governor"`
	ChainID   uint64           `json:"chain_id"`
	Ballot    contracts.Ballot `json:"ballot"`
	Signature hexutil.Bytes    `json:"signature"`
}

// Signed is the ballot as the wire carries it.
func (b BallotRequest) Signed() SignedBallot {
	return SignedBallot{Governor: b.Governor, ChainID: b.ChainID, Ballot: b.Ballot, Signature: b.Signature}
}

// BallotResult is the answer to POST /v1/ballots.
type BallotResult struct {
	Published bool            `json:"published"`
	Relay     *common.Address `json:"relay,omitempty"`
}
