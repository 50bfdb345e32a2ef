package chain

import "errors"

// Sentinel errors callers branch on. Messages are written to be shown to an operator as one line.
var (
	// ErrUnreachable means the RPC endpoint did not answer.
	ErrUnreachable = errors.New("chain RPC unreachable")
	// ErrWrongChain means the RPC endpoint serves a chain other than the deployment's.
	ErrWrongChain = errors.New("RPC is on the wrong chain")
	// ErrBadURL means an RPC URL is not http(s):// or ws(s)://.
	ErrBadURL = errors.New("bad RPC URL")
	// ErrInsufficientFunds means an account cannot pay for the gas of a transaction.
	ErrInsufficientFunds = errors.New("insufficient funds")
	// ErrWrongPassword means a keystore file did not decrypt with the password given.
	ErrWrongPassword = errors.New("wrong password")
	// ErrNoAccount means the keystore has no key for an address.
	ErrNoAccount = errors.New("no such account in the keystore")
	// ErrAccountExists means an imported key is already in the keystore.
	ErrAccountExists = errors.New("account already in the keystore")
	// ErrBadKey means a key file or hex private key cannot be parsed.
	ErrBadKey = errors.New("bad key")
	// ErrUnknownProposal means the index has no proposal with an ID or short ID.
	ErrUnknownProposal = errors.New("unknown proposal")
	// ErrAmbiguousProposal means a short proposal ID matches more than one proposal.
	ErrAmbiguousProposal = errors.New("ambiguous proposal ID")
	// ErrBadProposalRef means a string is neither a proposal ID nor a short ID.
	ErrBadProposalRef = errors.New("bad proposal ID")
	// ErrDeploymentExists means a deployment file would be overwritten.
	ErrDeploymentExists = errors.New("deployment file already exists")
	// ErrClosed means a component was used after Close.
	ErrClosed = errors.New("closed")
	// ErrNotDeployed means the deployment's contracts are not on the endpoint's chain.
	ErrNotDeployed = errors.New("contracts not deployed on this chain")
	// ErrCorruptIndex means a record in the index cannot be decoded.
	ErrCorruptIndex = errors.New("corrupt chain index")
)
