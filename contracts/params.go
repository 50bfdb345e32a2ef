package contracts

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Limits mirrored from the Solidity sources, checked in Go before a transaction is sent.
const (
	// MaxGuardians is GuardianRegistry.MAX_GUARDIANS.
	MaxGuardians = 64
	// MaxCIDLength is CharterRegistry.MAX_CID_LENGTH and ExperimentRegistry.MAX_CID_LENGTH.
	MaxCIDLength = 128
	// MaxPeerLength is Emergency.MAX_PEER_LENGTH.
	MaxPeerLength = 128
	// MaxReasonLength is Emergency.MAX_REASON_LENGTH.
	MaxReasonLength = 256
	// maxUint48 bounds the Governor's votingDelay (uint48 on chain).
	maxUint48 = 1<<48 - 1
)

// maxSupply is ERC20Votes' cap, type(uint208).max.
var maxSupply = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 208), big.NewInt(1))

// Guardian is one refuge guardian: the account that releases a share and the X25519 public key
// (the 32 bytes inside an age "age1..." recipient) the share is encrypted to.
type Guardian struct {
	Account   common.Address `json:"account"`
	Recipient common.Hash    `json:"recipient"`
}

// CharterRecord names one charter version: the SHA-256 of its YAML and where to fetch it.
type CharterRecord struct {
	Version      uint64      `json:"version"`
	DocumentHash common.Hash `json:"document_hash"`
	CID          string      `json:"cid"`
}

// Params configures a deployment. Governor periods are counted in blocks, because the token's
// ERC-6372 clock is the block number (CLOCK_MODE "mode=blocknumber&from=default"); the timelock
// delay is in seconds, because TimelockController compares against block.timestamp. Token amounts
// are in base units (18 decimals).
type Params struct {
	// VotingDelay is the number of blocks between a proposal and the start of its vote; the
	// voting-power snapshot is taken at the end of the delay.
	VotingDelay uint64 `json:"voting_delay_blocks"`
	// VotingPeriod is the length of the vote in blocks.
	VotingPeriod uint32 `json:"voting_period_blocks"`
	// ProposalThreshold is the voting power needed to make a proposal.
	ProposalThreshold *big.Int `json:"proposal_threshold"`
	// QuorumPercent is the share of the total supply at the snapshot that must vote For or Abstain.
	QuorumPercent uint8 `json:"quorum_percent"`
	// TimelockDelay is the minimum time in seconds between queueing and executing a proposal. The
	// emergency governor shares the timelock, so it waits this long too.
	TimelockDelay uint64 `json:"timelock_delay_seconds"`

	// EmergencyVotingDelay is the emergency governor's voting delay in blocks.
	EmergencyVotingDelay uint64 `json:"emergency_voting_delay_blocks"`
	// EmergencyVotingPeriod is the emergency governor's (short) voting period in blocks.
	EmergencyVotingPeriod uint32 `json:"emergency_voting_period_blocks"`
	// EmergencyProposalThreshold is the voting power needed to make an emergency proposal.
	EmergencyProposalThreshold *big.Int `json:"emergency_proposal_threshold"`
	// EmergencyQuorumPercent is the emergency governor's (higher) quorum.
	EmergencyQuorumPercent uint8 `json:"emergency_quorum_percent"`

	// InitialSupply is minted once, at construction, to TokenRecipient.
	InitialSupply *big.Int `json:"initial_supply"`
	// TokenRecipient receives the supply; the zero address means the deployer.
	TokenRecipient common.Address `json:"token_recipient"`

	// Guardians is the genesis guardian set (may be empty; then GuardianThreshold must be 0).
	Guardians []Guardian `json:"guardians,omitempty"`
	// GuardianThreshold is how many guardian shares release a refuge key.
	GuardianThreshold uint8 `json:"guardian_threshold"`
	// GenesisCharter, if set, is adopted by the CharterRegistry at construction.
	GenesisCharter *CharterRecord `json:"genesis_charter,omitempty"`
}

// ether is 10^18, one whole token in base units.
var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Tokens converts whole WEST tokens to base units.
func Tokens(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), ether)
}

// DevParams are for the embedded dev chain and tests: votes last seconds, not days. With one block
// a second the regular vote takes 20 s, the emergency vote 5 s, and the timelock 10 s.
func DevParams() Params {
	return Params{
		VotingDelay:                1,
		VotingPeriod:               20,
		ProposalThreshold:          big.NewInt(0),
		QuorumPercent:              5,
		TimelockDelay:              10,
		EmergencyVotingDelay:       1,
		EmergencyVotingPeriod:      5,
		EmergencyProposalThreshold: big.NewInt(0),
		EmergencyQuorumPercent:     20,
		InitialSupply:              Tokens(1_000_000),
	}
}

// PublicParams are defaults for a public chain with 12-second blocks: a one-day delay and one-week
// vote, a 0.1% proposal threshold and 5% quorum; emergency votes last one day with a 1% threshold
// and 20% quorum; the timelock holds every decision for one day so members can react (or exit)
// before it takes effect. Supply is 100 million WEST.
func PublicParams() Params {
	return Params{
		VotingDelay:                7200,  // ~1 day
		VotingPeriod:               50400, // ~1 week
		ProposalThreshold:          Tokens(100_000),
		QuorumPercent:              5,
		TimelockDelay:              86400, // 1 day
		EmergencyVotingDelay:       1,
		EmergencyVotingPeriod:      7200, // ~1 day
		EmergencyProposalThreshold: Tokens(1_000_000),
		EmergencyQuorumPercent:     20,
		InitialSupply:              Tokens(100_000_000),
	}
}

// Validate checks p against what the contracts accept, plus the invariant that the emergency path
// is never easier to pass than the regular one (quorum at least as high, period no longer).
func (p Params) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidParams, fmt.Sprintf(format, args...))
	}
	switch {
	case p.VotingDelay > maxUint48 || p.EmergencyVotingDelay > maxUint48:
		return bad("voting delay exceeds uint48")
	case p.VotingPeriod == 0 || p.EmergencyVotingPeriod == 0:
		return bad("voting period must be at least one block")
	case p.QuorumPercent == 0 || p.QuorumPercent > 100:
		return bad("quorum %d%% not in 1..100", p.QuorumPercent)
	case p.EmergencyQuorumPercent == 0 || p.EmergencyQuorumPercent > 100:
		return bad("emergency quorum %d%% not in 1..100", p.EmergencyQuorumPercent)
	case p.EmergencyQuorumPercent < p.QuorumPercent:
		return bad("emergency quorum %d%% below regular quorum %d%%", p.EmergencyQuorumPercent, p.QuorumPercent)
	case p.EmergencyVotingPeriod > p.VotingPeriod:
		return bad("emergency voting period %d longer than regular %d", p.EmergencyVotingPeriod, p.VotingPeriod)
	case p.InitialSupply == nil || p.InitialSupply.Sign() <= 0:
		return bad("initial supply must be positive")
	case p.InitialSupply.Cmp(maxSupply) > 0:
		return bad("initial supply exceeds the ERC20Votes cap 2^208-1")
	case p.ProposalThreshold == nil || p.ProposalThreshold.Sign() < 0 || p.ProposalThreshold.Cmp(p.InitialSupply) > 0:
		return bad("proposal threshold must be in 0..initial supply")
	case p.EmergencyProposalThreshold == nil || p.EmergencyProposalThreshold.Sign() < 0 ||
		p.EmergencyProposalThreshold.Cmp(p.InitialSupply) > 0:
		return bad("emergency proposal threshold must be in 0..initial supply")
	}
	if len(p.Guardians) != 0 || p.GuardianThreshold != 0 {
		if err := validateGuardians(p.Guardians, p.GuardianThreshold); err != nil {
			return fmt.Errorf("%w: %w", ErrInvalidParams, err)
		}
	}
	if c := p.GenesisCharter; c != nil {
		if err := validateCharter(0, c.Version, c.DocumentHash, c.CID); err != nil {
			return fmt.Errorf("%w: genesis charter: %w", ErrInvalidParams, err)
		}
	}
	return nil
}

// validateGuardians mirrors GuardianRegistry._set.
func validateGuardians(gs []Guardian, threshold uint8) error {
	if len(gs) > MaxGuardians {
		return fmt.Errorf("%d guardians, at most %d", len(gs), MaxGuardians)
	}
	if threshold == 0 || int(threshold) > len(gs) {
		return fmt.Errorf("guardian threshold %d not in 1..%d", threshold, len(gs))
	}
	accounts := make(map[common.Address]bool, len(gs))
	recipients := make(map[common.Hash]bool, len(gs))
	for i, g := range gs {
		if g.Account == (common.Address{}) || g.Recipient == (common.Hash{}) {
			return fmt.Errorf("guardian %d has a zero account or recipient", i)
		}
		if accounts[g.Account] || recipients[g.Recipient] {
			return fmt.Errorf("guardian %d duplicates an account or recipient", i)
		}
		accounts[g.Account], recipients[g.Recipient] = true, true
	}
	return nil
}

// validateCharter mirrors CharterRegistry._amend; current is the version in force (0 if unknown,
// then only the version's positivity is checked).
func validateCharter(current, version uint64, hash common.Hash, cid string) error {
	if version == 0 || version <= current {
		return fmt.Errorf("charter version %d must be greater than %d", version, current)
	}
	if hash == (common.Hash{}) {
		return errors.New("charter document hash is zero")
	}
	if len(cid) > MaxCIDLength {
		return fmt.Errorf("charter CID is %d bytes, at most %d", len(cid), MaxCIDLength)
	}
	return nil
}
