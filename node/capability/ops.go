package capability

import (
	"fmt"
	"slices"
	"strings"
)

// Op is one operation of the local API, written "entity:action" as LND
// writes its permissions ("peers:write"). Every API route names exactly one
// Op; a macaroon grants the Ops its ops= caveats list.
type Op string

// Entities: the parts of the node an operation acts on.
const (
	EntityNode      = "node"      // daemon status, shutdown
	EntityPeers     = "peers"     // libp2p connections
	EntityGossip    = "gossip"    // gossipsub topics
	EntityCharter   = "charter"   // the data-rights policy and its audit log
	EntityEnforce   = "enforce"   // suspensions and rate limits
	EntityChain     = "chain"     // the governance chain connection and contracts
	EntityProposal  = "proposal"  // governance proposals
	EntityVote      = "vote"      // ballots and delegation
	EntityWallet    = "wallet"    // the node's keystore
	EntityCap       = "cap"       // macaroons and root keys (this package)
	EntityIPFS      = "ipfs"      // the embedded IPFS node
	EntityRefuge    = "refuge"    // whistleblower content
	EntityCradle    = "cradle"    // experiments and rollouts
	EntityNarrative = "narrative" // quests and reputation
)

// Actions. Most entities have only read and write; the others split write
// where the roles need a finer cut (a voter may create proposals but not
// execute them; a publisher may publish to refuge but not release).
const (
	ActionRead     = "read"
	ActionWrite    = "write"
	ActionCreate   = "create"
	ActionExecute  = "execute"
	ActionPublish  = "publish"
	ActionCheckin  = "checkin"
	ActionRelease  = "release"
	ActionGuardian = "guardian"
)

// The operations of the node. The comment names the commands each gates.
const (
	OpNodeRead  Op = EntityNode + ":" + ActionRead  // status
	OpNodeWrite Op = EntityNode + ":" + ActionWrite // shutdown, config reload

	OpPeersRead  Op = EntityPeers + ":" + ActionRead  // peers
	OpPeersWrite Op = EntityPeers + ":" + ActionWrite // connect, disconnect

	OpGossipRead  Op = EntityGossip + ":" + ActionRead  // gossip tail
	OpGossipWrite Op = EntityGossip + ":" + ActionWrite // gossip publish

	OpCharterRead  Op = EntityCharter + ":" + ActionRead  // charter show, validate, audit, violations
	OpCharterWrite Op = EntityCharter + ":" + ActionWrite // applying an executed amendment by hand

	OpEnforceRead  Op = EntityEnforce + ":" + ActionRead  // enforce status
	OpEnforceWrite Op = EntityEnforce + ":" + ActionWrite // enforce suspend, limit, lift

	OpChainRead  Op = EntityChain + ":" + ActionRead  // chain status
	OpChainWrite Op = EntityChain + ":" + ActionWrite // chain deploy

	OpProposalRead    Op = EntityProposal + ":" + ActionRead    // proposal list, show
	OpProposalCreate  Op = EntityProposal + ":" + ActionCreate  // proposal create, cradle propose
	OpProposalExecute Op = EntityProposal + ":" + ActionExecute // proposal queue, execute

	OpVoteRead  Op = EntityVote + ":" + ActionRead  // own ballots, voting power
	OpVoteWrite Op = EntityVote + ":" + ActionWrite // vote, delegate, relay a gasless ballot

	OpWalletRead  Op = EntityWallet + ":" + ActionRead  // wallet list
	OpWalletWrite Op = EntityWallet + ":" + ActionWrite // wallet new, import

	OpCapRead  Op = EntityCap + ":" + ActionRead  // cap inspect, root key list
	OpCapWrite Op = EntityCap + ":" + ActionWrite // cap bake, revoke, rotate

	OpIPFSRead  Op = EntityIPFS + ":" + ActionRead  // ipfs get, pin ls
	OpIPFSWrite Op = EntityIPFS + ":" + ActionWrite // ipfs add, pin add/rm, gc

	OpRefugeRead     Op = EntityRefuge + ":" + ActionRead     // refuge status, fetch
	OpRefugePublish  Op = EntityRefuge + ":" + ActionPublish  // refuge publish
	OpRefugeCheckin  Op = EntityRefuge + ":" + ActionCheckin  // refuge checkin (dead-man switch)
	OpRefugeRelease  Op = EntityRefuge + ":" + ActionRelease  // refuge release
	OpRefugeGuardian Op = EntityRefuge + ":" + ActionGuardian // refuge guardian init

	OpCradleRead  Op = EntityCradle + ":" + ActionRead  // cradle validate, rollout status
	OpCradleWrite Op = EntityCradle + ":" + ActionWrite // cradle run, rollout control

	OpNarrativeRead  Op = EntityNarrative + ":" + ActionRead  // quests, reputation
	OpNarrativeWrite Op = EntityNarrative + ":" + ActionWrite // claim a quest
)

// allOps is every operation the node has, in a stable order.
var allOps = []Op{
	OpNodeRead, OpNodeWrite,
	OpPeersRead, OpPeersWrite,
	OpGossipRead, OpGossipWrite,
	OpCharterRead, OpCharterWrite,
	OpEnforceRead, OpEnforceWrite,
	OpChainRead, OpChainWrite,
	OpProposalRead, OpProposalCreate, OpProposalExecute,
	OpVoteRead, OpVoteWrite,
	OpWalletRead, OpWalletWrite,
	OpCapRead, OpCapWrite,
	OpIPFSRead, OpIPFSWrite,
	OpRefugeRead, OpRefugePublish, OpRefugeCheckin, OpRefugeRelease, OpRefugeGuardian,
	OpCradleRead, OpCradleWrite,
	OpNarrativeRead, OpNarrativeWrite,
}

// AllOps returns every operation the node has, in a stable order.
func AllOps() []Op { return slices.Clone(allOps) }

// Known reports whether o is one of the node's operations.
func (o Op) Known() bool { return slices.Contains(allOps, o) }

// Entity is the part before the colon.
func (o Op) Entity() string {
	e, _, _ := strings.Cut(string(o), ":")
	return e
}

// Action is the part after the colon.
func (o Op) Action() string {
	_, a, _ := strings.Cut(string(o), ":")
	return a
}

// String returns "entity:action".
func (o Op) String() string { return string(o) }

// maxNameLen bounds an entity or action name, so a caveat cannot make the
// checker chew on huge tokens.
const maxNameLen = 32

// ParseOp parses "entity:action". Both names are lower-case ASCII letters,
// digits, '_' or '-', starting with a letter. It accepts well-formed names
// the node does not (yet) have, so a macaroon from a newer node still
// parses; such an op simply grants nothing here. Use Known to insist.
func ParseOp(s string) (Op, error) {
	e, a, ok := strings.Cut(s, ":")
	if !ok {
		return "", fmt.Errorf("operation %q: want entity:action", s)
	}
	if !validName(e) {
		return "", fmt.Errorf("operation %q: bad entity name", s)
	}
	if !validName(a) {
		return "", fmt.Errorf("operation %q: bad action name", s)
	}
	return Op(s), nil
}

func validName(s string) bool {
	if len(s) == 0 || len(s) > maxNameLen || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// Roles are the macaroons `westworld init` and `cap rotate` write.
const (
	RoleAdmin     = "admin"     // every operation
	RoleReadonly  = "readonly"  // every read
	RolePublisher = "publisher" // refuge publish, status and check-in only
	RoleVoter     = "voter"     // proposal read/create, vote, chain read
)

var roles = []string{RoleAdmin, RoleReadonly, RolePublisher, RoleVoter}

// Roles returns the role names in a stable order.
func Roles() []string { return slices.Clone(roles) }

// RoleOps returns the operations role grants, or ErrUnknownRole.
func RoleOps(role string) ([]Op, error) {
	switch role {
	case RoleAdmin:
		return AllOps(), nil
	case RoleReadonly:
		var out []Op
		for _, o := range allOps {
			if o.Action() == ActionRead {
				out = append(out, o)
			}
		}
		return out, nil
	case RolePublisher:
		// A publisher must be able to check in, or its dead-man switch
		// releases the document it only meant to protect.
		return []Op{OpRefugePublish, OpRefugeRead, OpRefugeCheckin}, nil
	case RoleVoter:
		return []Op{OpProposalRead, OpProposalCreate, OpVoteRead, OpVoteWrite, OpChainRead}, nil
	}
	return nil, fmt.Errorf("%w: %q (want one of %s)", ErrUnknownRole, role, strings.Join(roles, ", "))
}
