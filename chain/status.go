package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/common"

	"github.com/x0tta6bl4/westworld/contracts"
)

// ChainStatus is what `westworld chain status` shows, from the daemon (Watcher.ChainStatus, for
// GET /v1/chain/status) or read directly from an RPC endpoint (ReadChainStatus).
type ChainStatus struct {
	// Source is "daemon" or "rpc".
	Source  string `json:"source"`
	RPC     string `json:"rpc,omitempty"`
	ChainID uint64 `json:"chain_id"`
	// Head is the endpoint's latest block (the watcher's last seen head from the daemon).
	Head     uint64    `json:"head"`
	HeadTime time.Time `json:"head_time,omitzero"`
	// Deployment is the contract set followed; Deployed says its governor has code on chain
	// (only checked when read directly).
	Deployment *contracts.Deployment `json:"deployment,omitempty"`
	Deployed   bool                  `json:"deployed"`
	// Charter is the charter in force, if any.
	Charter *CharterRecord `json:"charter,omitempty"`
	// Proposals counts the indexed proposals (daemon only).
	Proposals int `json:"proposals"`
	// Watcher is the daemon's watcher status (daemon only).
	Watcher *Status `json:"watcher,omitempty"`
}

// ChainStatus reports the watcher and its index without touching the chain: it answers at once
// even while the endpoint is down.
func (w *Watcher) ChainStatus(ctx context.Context) (ChainStatus, error) {
	st := w.Status()
	cs := ChainStatus{Source: "daemon", ChainID: w.cfg.Deployment.ChainID, Head: st.Head,
		Deployment: w.cfg.Deployment, Deployed: st.Indexed > 0 || st.Cursor >= w.cfg.Deployment.StartBlock, Watcher: &st}
	if ch, ok, err := w.index.Charter(ctx); err != nil {
		return cs, err
	} else if ok {
		cs.Charter = &ch
	}
	n, err := w.index.proposalCount(ctx)
	if err != nil {
		return cs, err
	}
	cs.Proposals = n
	return cs, nil
}

// ReadChainStatus reads the head and the deployment's state straight from the endpoint, for
// `chain status` when no daemon runs. d may be nil (no deployment known yet).
func ReadChainStatus(ctx context.Context, c *Client, d *contracts.Deployment) (ChainStatus, error) {
	cs := ChainStatus{Source: "rpc", RPC: c.URL(), ChainID: c.Chain(), Deployment: d}
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return cs, fmt.Errorf("read head: %w", err)
	}
	cs.Head, cs.HeadTime = h.Number.Uint64(), time.Unix(int64(h.Time), 0).UTC()
	if d == nil {
		return cs, nil
	}
	if d.ChainID != c.Chain() {
		return cs, fmt.Errorf("%w: %s serves chain %d, the deployment is on chain %d", ErrWrongChain, c.URL(), c.Chain(), d.ChainID)
	}
	code, err := c.CodeAt(ctx, d.Governor, nil)
	if err != nil {
		return cs, fmt.Errorf("read governor code: %w", err)
	}
	cs.Deployed = len(code) > 0
	if !cs.Deployed {
		return cs, nil
	}
	ch, ok, err := contracts.NewRegistries(d, c).Charter(ctx)
	if err != nil {
		return cs, err
	}
	if ok {
		cs.Charter = &CharterRecord{Version: ch.Version, DocumentHash: ch.DocumentHash, CID: ch.CID,
			Adopted: EventRef{Block: ch.BlockNumber}}
	}
	return cs, nil
}

// proposalCount counts indexed proposals.
func (x *Index) proposalCount(ctx context.Context) (int, error) {
	n := 0
	err := x.view(ctx, func(txn *badger.Txn) error {
		return iterate(txn, ixKey(segOrder), false, func(_, _ []byte) error {
			n++
			return nil
		})
	})
	return n, err
}

// TokenBalance is an account's WEST balance and voting power, for the wallet listing.
type TokenBalance struct {
	Ether  *big.Int `json:"eth_wei"`
	Tokens *big.Int `json:"west"`
	Votes  *big.Int `json:"votes"`
}

// ReadBalance reads an account's ether, WEST and voting power.
func ReadBalance(ctx context.Context, c *Client, d *contracts.Deployment, account common.Address) (TokenBalance, error) {
	eth, err := c.BalanceAt(ctx, account, nil)
	if err != nil {
		return TokenBalance{}, fmt.Errorf("balance: %w", err)
	}
	b := TokenBalance{Ether: eth}
	if d == nil {
		return b, nil
	}
	t := contracts.NewToken(d.Token, c)
	if b.Tokens, err = t.Balance(ctx, account); err != nil {
		return b, err
	}
	if b.Votes, err = t.Votes(ctx, account); err != nil {
		return b, err
	}
	return b, nil
}
