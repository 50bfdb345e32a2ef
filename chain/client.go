package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/x0tta6bl4/westworld/contracts"
)

// Client is an Ethereum JSON-RPC client (HTTP or WebSocket) bound to one chain. It embeds
// *ethclient.Client, so it is a contracts.Backend and every ethclient method (all context-first)
// is available; Dial has already checked the chain ID.
type Client struct {
	*ethclient.Client
	rpc     *rpc.Client
	url     string
	chainID uint64
}

// DialOption changes what Dial checks.
type DialOption func(*dialConfig)

type dialConfig struct {
	chainID uint64
	timeout time.Duration
}

// WithChainID makes Dial fail with ErrWrongChain unless the endpoint serves chain id.
func WithChainID(id uint64) DialOption { return func(c *dialConfig) { c.chainID = id } }

// WithDeployment makes Dial fail with ErrWrongChain unless the endpoint serves d's chain.
func WithDeployment(d *contracts.Deployment) DialOption {
	return func(c *dialConfig) { c.chainID = d.ChainID }
}

// WithDialTimeout bounds the connection and the chain ID query (default 10 s).
func WithDialTimeout(t time.Duration) DialOption { return func(c *dialConfig) { c.timeout = t } }

// Dial connects to an http://, https://, ws:// or wss:// JSON-RPC endpoint and reads its chain
// ID. An endpoint that does not answer is ErrUnreachable; one on another chain than WithChainID
// asks for is ErrWrongChain. WebSocket clients reconnect by themselves after a lost connection.
func Dial(ctx context.Context, rawURL string, opts ...DialOption) (*Client, error) {
	cfg := dialConfig{timeout: 10 * time.Second}
	for _, o := range opts {
		o(&cfg)
	}
	shown, err := checkURL(rawURL)
	if err != nil {
		return nil, err
	}
	dctx, cancel := context.WithTimeout(ctx, cfg.timeout)
	defer cancel()
	rc, err := rpc.DialContext(dctx, rawURL)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %s", ErrUnreachable, shown, shortNetErr(err))
	}
	id, err := ethclient.NewClient(rc).ChainID(dctx)
	if err != nil {
		rc.Close()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("%w: %s: %s", ErrUnreachable, shown, shortNetErr(err))
	}
	if !id.IsUint64() {
		rc.Close()
		return nil, fmt.Errorf("%w: %s reports chain id %s", ErrWrongChain, shown, id)
	}
	if cfg.chainID != 0 && id.Uint64() != cfg.chainID {
		rc.Close()
		return nil, fmt.Errorf("%w: %s serves chain %d, the deployment is on chain %d", ErrWrongChain, shown, id.Uint64(), cfg.chainID)
	}
	return &Client{Client: ethclient.NewClient(rc), rpc: rc, url: shown, chainID: id.Uint64()}, nil
}

// Chain is the chain ID the endpoint reported when dialled.
func (c *Client) Chain() uint64 { return c.chainID }

// URL is the endpoint with credentials, path and query removed (API keys often live there), for
// logs and messages.
func (c *Client) URL() string { return c.url }

// RPC is the underlying JSON-RPC client.
func (c *Client) RPC() *rpc.Client { return c.rpc }

// HeadersByNumber fetches several headers in one JSON-RPC batch. A block the endpoint does not
// have is an error.
func (c *Client) HeadersByNumber(ctx context.Context, numbers []uint64) ([]*types.Header, error) {
	if len(numbers) == 0 {
		return nil, nil
	}
	out := make([]*types.Header, len(numbers))
	batch := make([]rpc.BatchElem, len(numbers))
	for i, n := range numbers {
		batch[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexUint(n), false}, Result: &out[i]}
	}
	if err := c.rpc.BatchCallContext(ctx, batch); err != nil {
		return nil, fmt.Errorf("batch headers: %w", err)
	}
	for i, b := range batch {
		if b.Error != nil {
			return nil, fmt.Errorf("header %d: %w", numbers[i], b.Error)
		}
		if out[i] == nil {
			return nil, fmt.Errorf("header %d: %w", numbers[i], ethereum.NotFound)
		}
	}
	return out, nil
}

func hexUint(n uint64) string { return fmt.Sprintf("0x%x", n) }

// Cost is what a transaction may cost at most: gas times the fee cap, plus the value sent.
type Cost struct {
	Gas    uint64   `json:"gas"`
	FeeCap *big.Int `json:"fee_cap_wei"`
	Value  *big.Int `json:"value_wei"`
	Total  *big.Int `json:"total_wei"`
}

// maxTxGas is the per-transaction gas cap (EIP-7825); a margin never lifts an estimate past it.
const maxTxGas = 1 << 24

// EstimateGas is ethclient's estimate plus a quarter and 20,000 gas. The estimate runs against
// the latest block, but the transaction executes in the next one, and OpenZeppelin's vote
// checkpoints cost more there (a new checkpoint instead of an update in place): a delegation or
// transfer sent with the bare estimate can run out of gas. Every transaction bound through a
// Client (the contracts package's Deploy, Governor, Token) gets the margin; only the gas used
// is paid.
func (c *Client) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	g, err := c.Client.EstimateGas(ctx, msg)
	if err != nil {
		return 0, err
	}
	return withMargin(g), nil
}

func withMargin(g uint64) uint64 {
	m := g + g/4 + 20_000
	if g <= maxTxGas && m > maxTxGas {
		m = maxTxGas
	}
	return m
}

// FeeCap is the highest gas price the bind package will offer for a transaction sent now: the
// suggested tip plus twice the base fee on an EIP-1559 chain, else the suggested gas price.
func (c *Client) FeeCap(ctx context.Context) (*big.Int, error) {
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	if head.BaseFee == nil {
		p, err := c.SuggestGasPrice(ctx)
		if err != nil {
			return nil, fmt.Errorf("suggest gas price: %w", err)
		}
		return p, nil
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("suggest gas tip: %w", err)
	}
	return new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))), nil
}

// CheckFunds fails with ErrInsufficientFunds, in one line that says how much is missing, unless
// from can pay gas units at the current fee cap plus value. Call it before sending so an
// unfunded account is told so instead of getting a raw RPC error.
func (c *Client) CheckFunds(ctx context.Context, from common.Address, gas uint64, value *big.Int) (Cost, error) {
	fee, err := c.FeeCap(ctx)
	if err != nil {
		return Cost{}, err
	}
	if value == nil {
		value = new(big.Int)
	}
	cost := Cost{Gas: gas, FeeCap: fee, Value: value,
		Total: new(big.Int).Add(new(big.Int).Mul(new(big.Int).SetUint64(gas), fee), value)}
	bal, err := c.BalanceAt(ctx, from, nil)
	if err != nil {
		return cost, fmt.Errorf("balance of %s: %w", from, err)
	}
	if bal.Cmp(cost.Total) < 0 {
		return cost, fmt.Errorf("%w: account %s has %s ETH, needs %s ETH (%d gas at %s gwei)", ErrInsufficientFunds,
			from.Hex(), FormatEther(bal), FormatEther(cost.Total), gas, formatUnits(fee, params.GWei))
	}
	return cost, nil
}

// Preflight estimates a call's gas and checks that from can pay for it. A call that would revert
// returns the decoded revert (contracts.DecodeRevert), so "already voted" reads as such.
func (c *Client) Preflight(ctx context.Context, from common.Address, to common.Address, data []byte, value *big.Int) (Cost, error) {
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data, Value: value})
	if err != nil {
		return Cost{}, fmt.Errorf("estimate gas: %w", contracts.DecodeRevert(err))
	}
	return c.CheckFunds(ctx, from, gas, value)
}

// FormatEther renders wei as ether with up to 6 decimals.
func FormatEther(wei *big.Int) string { return formatUnits(wei, params.Ether) }

func formatUnits(v *big.Int, unit int64) string {
	if v == nil {
		return "0"
	}
	r := new(big.Rat).SetFrac(v, big.NewInt(unit))
	s := r.FloatString(6)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// checkURL validates an RPC URL and returns the form safe to show.
// CheckURL reports whether raw is a JSON-RPC URL the client can dial (ErrBadURL if not).
func CheckURL(raw string) error {
	_, err := checkURL(raw)
	return err
}

func checkURL(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("%w: %q: want http://, https://, ws:// or wss:// and a host", ErrBadURL, RedactURL(raw))
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return "", fmt.Errorf("%w: %q: scheme %q is not http, https, ws or wss", ErrBadURL, RedactURL(raw), u.Scheme)
	}
	return RedactURL(raw), nil
}

// RedactURL keeps an RPC URL's scheme, host and port and hides the rest: hosted endpoints put
// API keys in the path, query or user info.
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "<unparsable URL>"
	}
	s := u.Scheme + "://" + u.Host
	if (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.User != nil {
		s += "/…"
	}
	return s
}

// shortNetErr trims the long chains net errors carry down to their cause.
func shortNetErr(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) && ue.Err != nil {
		err = ue.Err
	}
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 && strings.Contains(s, "dial tcp") {
		return s[i+2:]
	}
	return s
}
