// Package contracts deploys and drives westworld's governance contracts: the WEST votes token, the
// regular and emergency governors, the OpenZeppelin timelock they both execute through, and the
// registries the node reads (charter, experiments, guardians, emergency signals).
//
// The Solidity sources live in src/, the compiled artifacts in artifacts/ and the abigen v2
// bindings in bindings/<name>/; all three are committed and rebuilt by build.sh (go generate). This
// package adds what the bindings do not: one-call deployment with the roles handed to the timelock,
// proposal calldata and IDs, EIP-712 ballots for castVoteBySig, decoding of the events and revert
// errors the node and CLI care about, and conversion of age X25519 recipients.
package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Sentinel errors callers branch on.
var (
	// ErrInvalidParams means a Params value cannot be deployed (see Params.Validate).
	ErrInvalidParams = errors.New("invalid deployment params")
	// ErrInvalidDeployment means a Deployment is incomplete or malformed.
	ErrInvalidDeployment = errors.New("invalid deployment")
	// ErrInvalidProposal means a proposal would revert on chain (checked before anyone votes on it).
	ErrInvalidProposal = errors.New("invalid proposal")
	// ErrTxReverted means a mined transaction has a failed status.
	ErrTxReverted = errors.New("transaction reverted")
	// ErrRoleCheck means the roles after deployment are not the ones expected.
	ErrRoleCheck = errors.New("role check failed")
	// ErrBadSignature means a ballot signature is malformed or not recoverable.
	ErrBadSignature = errors.New("bad ballot signature")
	// ErrWrongSigner means a ballot signature recovers to an address other than the ballot's voter.
	ErrWrongSigner = errors.New("ballot not signed by its voter")
	// ErrUnknownEvent means a log is not one of the events this package decodes.
	ErrUnknownEvent = errors.New("unknown event")
	// ErrMalformedEvent means a log has a known event ID but cannot be decoded.
	ErrMalformedEvent = errors.New("malformed event")
	// ErrInvalidRecipient means a string is not an age X25519 recipient.
	ErrInvalidRecipient = errors.New("invalid age recipient")
)

// Backend is what deployment and the governor helpers need from a chain connection. Both
// *ethclient.Client and the simulated backend's client satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
}

// Miner is implemented by backends that only include transactions in a block when told to (a
// wrapper around go-ethereum's simulated backend). Deploy and WaitMined call Commit until the
// transactions they wait for are mined; a real or auto-mining dev chain does not implement it.
type Miner interface {
	Commit() common.Hash
}

// WaitMined waits for tx to be included and returns its receipt, or ErrTxReverted if it failed.
// On a Miner backend it commits blocks until the transaction is in one.
func WaitMined(ctx context.Context, b bind.DeployBackend, tx *types.Transaction) (*types.Receipt, error) {
	if m, ok := b.(Miner); ok {
		if err := commitUntilMined(ctx, m, b, []*types.Transaction{tx}); err != nil {
			return nil, fmt.Errorf("mine tx %s: %w", tx.Hash(), err)
		}
	}
	return waitReceipt(ctx, b, tx, "transaction")
}

// nonceReader is the part of a Miner backend commitUntilMined needs to tell whether a transaction
// is in the pool's pending set and whether it is mined.
type nonceReader interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// commitUntilMined commits blocks until every transaction is mined and its receipt is indexed.
// The simulated chain's transaction pool promotes new transactions in the background, so before
// each Commit it waits until the pool's pending nonce of each sender covers its transactions;
// otherwise a block could be sealed without them, and extra empty blocks would shift the
// governors' block clock.
func commitUntilMined(ctx context.Context, m Miner, b bind.DeployBackend, txs []*types.Transaction) error {
	nr, ok := b.(nonceReader)
	if !ok {
		return fmt.Errorf("miner backend %T cannot read nonces", b)
	}
	sleep := func() error {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Millisecond):
			return nil
		}
	}
	senders := make([]common.Address, len(txs))
	for i, tx := range txs {
		from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
		if err != nil {
			return fmt.Errorf("sender of %s: %w", tx.Hash(), err)
		}
		senders[i] = from
	}
	const attempts = 50
	for i := 0; ; i++ {
		pending := false
		for j, tx := range txs {
			n, err := nr.NonceAt(ctx, senders[j], nil)
			if err != nil {
				return fmt.Errorf("nonce of %s: %w", senders[j], err)
			}
			if n > tx.Nonce() {
				continue
			}
			pending = true
			for w := 0; w < 1000; w++ {
				pn, err := nr.PendingNonceAt(ctx, senders[j])
				if err != nil {
					return fmt.Errorf("pending nonce of %s: %w", senders[j], err)
				}
				if pn > tx.Nonce() {
					break
				}
				if err := sleep(); err != nil {
					return err
				}
			}
		}
		if !pending {
			break
		}
		if i == attempts {
			return fmt.Errorf("transactions not mined after %d blocks", attempts)
		}
		m.Commit()
	}
	// Mined; the receipt index may lag a moment behind the block.
	for _, tx := range txs {
		for w := 0; ; w++ {
			_, err := b.TransactionReceipt(ctx, tx.Hash())
			if err == nil {
				break
			}
			if w == 5000 {
				return fmt.Errorf("receipt of %s: %w", tx.Hash(), err)
			}
			if err := sleep(); err != nil {
				return err
			}
		}
	}
	return nil
}

// waitReceipt polls for tx's receipt, from every 50 ms up to every 2 s, so a dev chain that seals
// at once answers quickly and a public chain is not hammered.
func waitReceipt(ctx context.Context, b bind.DeployBackend, tx *types.Transaction, what string) (*types.Receipt, error) {
	interval := 50 * time.Millisecond
	for {
		r, err := b.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return r, fmt.Errorf("%s tx %s in block %d: %w", what, tx.Hash(), r.BlockNumber, ErrTxReverted)
			}
			return r, nil
		}
		// Not found yet, or the node is still indexing: both resolve by waiting.
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for %s tx %s: %w (last error: %v)", what, tx.Hash(), ctx.Err(), err)
		case <-time.After(interval):
		}
		if interval < 2*time.Second {
			interval *= 2
		}
	}
}

// txOpts copies auth for one transaction with an explicit nonce, so several transactions can be in
// flight before any is mined.
func txOpts(ctx context.Context, auth *bind.TransactOpts, nonce uint64) *bind.TransactOpts {
	o := *auth
	o.Context = ctx
	o.Nonce = new(big.Int).SetUint64(nonce)
	return &o
}
