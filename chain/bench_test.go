package chain

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/contracts/bindings/westgovernor"
	"github.com/x0tta6bl4/westworld/storage"
)

const (
	benchProposals = 1000
	benchVoters    = 50 // every voter votes on every proposal: 50,000 VoteCast events
)

// benchChain is a dev chain holding benchProposals proposals with benchVoters votes each,
// generated once per test binary run.
type benchChain struct {
	dc       *DevChain
	dep      *contracts.Deployment
	head     uint64
	events   int
	generate time.Duration
}

var (
	benchOnce sync.Once
	benchData *benchChain
	benchErr  error
)

func getBenchChain(b *testing.B) *benchChain {
	b.Helper()
	benchOnce.Do(func() {
		dir, err := benchTempDir()
		if err != nil {
			benchErr = err
			return
		}
		benchData, benchErr = generateBenchChain(dir, benchProposals, benchVoters)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchData
}

// generateBenchChain starts an on-demand dev chain with benchVoters+1 funded, delegated accounts
// and sends the proposals and votes as raw transactions in JSON-RPC batches.
func generateBenchChain(dir string, nProposals, nVoters int) (*benchChain, error) {
	ctx := context.Background()
	start := time.Now()
	p := contracts.DevParams()
	p.VotingPeriod = 1_000_000 // every vote fits in the period however many blocks it takes
	dc, err := NewDevChain(DevChainConfig{Dir: filepath.Join(dir, "devchain"), DeploymentPath: filepath.Join(dir, "deployment.json"),
		OnDemand: true, Accounts: nVoters + 1, Params: &p})
	if err != nil {
		return nil, err
	}
	if err := dc.Start(ctx); err != nil {
		return nil, err
	}
	c, err := Dial(ctx, dc.HTTPEndpoint())
	if err != nil {
		return nil, err
	}
	defer c.Close()
	dep := dc.Deployment()
	gov := westgovernor.NewWestGovernor()
	voters := dc.Accounts()[1:]
	nonces := make([]uint64, len(voters))
	for i, v := range voters {
		if nonces[i], err = c.PendingNonceAt(ctx, v.Address); err != nil {
			return nil, err
		}
	}
	signer := types.LatestSignerForChainID(big.NewInt(DevChainID))
	mk := func(i int, gas uint64, data []byte) (string, error) {
		tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(DevChainID), Nonce: nonces[i],
			GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(1000 * params.GWei), Gas: gas,
			To: &dep.Governor, Data: data}), signer, voters[i].Key)
		if err != nil {
			return "", err
		}
		nonces[i]++
		raw, err := tx.MarshalBinary()
		return hexutil.Encode(raw), err
	}
	// send submits one round (at most 16 transactions per sender, the pool's per-account slots)
	// and waits until every sender's nonce has caught up.
	send := func(round []string) error {
		batch := make([]rpc.BatchElem, len(round))
		for i, raw := range round {
			batch[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{raw}, Result: new(common.Hash)}
		}
		if err := c.RPC().BatchCallContext(ctx, batch); err != nil {
			return err
		}
		for _, e := range batch {
			if e.Error != nil {
				return e.Error
			}
		}
		deadline := time.Now().Add(30 * time.Second)
		for i, v := range voters {
			for {
				n, err := c.NonceAt(ctx, v.Address, nil)
				if err != nil {
					return err
				}
				if n >= nonces[i] {
					break
				}
				if time.Now().After(deadline) {
					var pool map[string]hexutil.Uint
					_ = c.RPC().CallContext(ctx, &pool, "txpool_status")
					h, _ := c.HeaderByNumber(ctx, nil)
					return fmt.Errorf("voter %d stuck at nonce %d of %d (pool %v, head %d, base fee %s, gas used %d of %d)",
						i, n, nonces[i], pool, h.Number, h.BaseFee, h.GasUsed, h.GasLimit)
				}
				time.Sleep(5 * time.Millisecond)
			}
		}
		return nil
	}
	var ids []*big.Int
	var round []string
	for k := 0; k < nProposals; k++ {
		prop, err := dep.CharterAmendment(2, common.BigToHash(big.NewInt(int64(k+1))), "", fmt.Sprintf("bench proposal %d", k))
		if err != nil {
			return nil, err
		}
		ids = append(ids, prop.ID())
		raw, err := mk(k%len(voters), 400_000, gov.PackPropose(prop.Targets, prop.Values, prop.Calldatas, prop.Description))
		if err != nil {
			return nil, err
		}
		round = append(round, raw)
		if len(round) == 16*len(voters) || k == nProposals-1 {
			if err := send(round); err != nil {
				return nil, fmt.Errorf("proposals: %w", err)
			}
			round = round[:0]
		}
	}
	// Voting opens the block after each snapshot; one more block does it for all of them.
	dc.Commit()
	dc.Commit()
	for k := 0; k < nProposals; k += 16 {
		round = round[:0]
		for i := range voters {
			for j := k; j < k+16 && j < nProposals; j++ {
				raw, err := mk(i, 500_000, gov.PackCastVote(ids[j], uint8(contracts.SupportFor)))
				if err != nil {
					return nil, err
				}
				round = append(round, raw)
			}
		}
		if err := send(round); err != nil {
			return nil, fmt.Errorf("votes: %w", err)
		}
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	logs, err := c.FilterLogs(ctx, contracts.NewEventDecoder(dep).FilterQuery(dep.StartBlock, new(big.Int).SetUint64(head)))
	if err != nil {
		return nil, err
	}
	return &benchChain{dc: dc, dep: dep, head: head, events: len(logs), generate: time.Since(start)}, nil
}

// BenchmarkIndexDevChain times indexing 1,000 proposals and 50,000 VoteCast events from the
// embedded dev chain over HTTP JSON-RPC into a fresh Badger store: from the watcher's start
// until it has indexed the head (eth_getLogs, decoding, Badger writes with fsync per
// transaction, and the quorum reads). Generating the chain is not timed.
func BenchmarkIndexDevChain(b *testing.B) {
	bc := getBenchChain(b)
	b.Logf("dev chain: %d blocks, %d governance events, generated in %s", bc.head, bc.events, bc.generate.Round(time.Millisecond))
	if bc.events < benchProposals*(benchVoters+1) {
		b.Fatalf("only %d events on the bench chain", bc.events)
	}
	b.ResetTimer()
	var last time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := storage.New(storage.Config{Dir: filepath.Join(b.TempDir(), "datastore")})
		if err != nil {
			b.Fatal(err)
		}
		w, err := NewWatcher(WatcherConfig{Deployment: bc.dep, PollInterval: 10 * time.Millisecond,
			Logger: testLogger(b)}, st, DialURL(bc.dc.HTTPEndpoint(), bc.dep))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		if err := w.Start(context.Background()); err != nil {
			b.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		if err := w.WaitIndexed(ctx, bc.head); err != nil {
			b.Fatal(err)
		}
		cancel()
		last = time.Since(start)
		b.StopTimer()
		if s := w.Status(); s.Indexed != uint64(bc.events) {
			b.Fatalf("indexed %d of %d events", s.Indexed, bc.events)
		}
		ps, err := w.Index().Proposals(context.Background(), ListOptions{Limit: 1})
		if err != nil || len(ps) != 1 || ps[0].Voters != benchVoters {
			b.Fatalf("newest proposal %+v, %v", ps, err)
		}
		w.Close()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(bc.events)/last.Seconds(), "events/s")
}

// BenchmarkApplyVotes times the Badger side alone: applying 1,000 proposals and 50,000 votes
// (fetched from the dev chain once) in MaxLogsPerTxn-sized transactions.
func BenchmarkApplyVotes(b *testing.B) {
	bc := getBenchChain(b)
	c, err := Dial(context.Background(), bc.dc.HTTPEndpoint())
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	dec := contracts.NewEventDecoder(bc.dep)
	logs, err := c.FilterLogs(context.Background(), dec.FilterQuery(bc.dep.StartBlock, new(big.Int).SetUint64(bc.head)))
	if err != nil {
		b.Fatal(err)
	}
	hashes := map[uint64]common.Hash{}
	for _, l := range logs {
		hashes[l.BlockNumber] = l.BlockHash
	}
	hashes[bc.head] = logs[len(logs)-1].BlockHash
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := storage.New(storage.Config{Dir: filepath.Join(b.TempDir(), "datastore")})
		if err != nil {
			b.Fatal(err)
		}
		w, err := NewWatcher(WatcherConfig{Deployment: bc.dep, Logger: testLogger(b)}, st,
			func(context.Context) (Backend, error) { return nil, fmt.Errorf("not used") })
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := w.applyBatch(bc.dep.StartBlock, logs[len(logs)-1].BlockNumber, logs, hashes); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(logs)*b.N)/b.Elapsed().Seconds(), "events/s")
}

// benchDir holds the generated chain; TestMain removes it.
var benchDir string

func benchTempDir() (string, error) {
	d, err := os.MkdirTemp("", "westworld-bench-")
	benchDir = d
	return d, err
}
