package node

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/node/governance"
)

// BenchmarkCharterActivation measures, on a 10-node devnet in one process (dev chain with
// 250 ms blocks, watchers polling every 100 ms), the time from the block that executes a
// charter amendment to the charter being active on every node. Each iteration passes a new
// amendment (about 8 s of voting and timelock that is not timed). Reports the median and the
// worst over the iterations:
//
//	go test ./node/ -run '^$' -bench CharterActivation -benchtime 3x
func BenchmarkCharterActivation(b *testing.B) {
	dc := govChain(b)
	nodes := govMesh(b, dc, 10)
	a := newActor(b, dc, 1)
	d := dc.Deployment()
	ctx := context.Background()

	// Head times: when each block number first became the dev chain's head, to the millisecond.
	var (
		mu    sync.Mutex
		heads = map[uint64]time.Time{}
	)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				h := dc.Head()
				mu.Lock()
				if _, ok := heads[h]; !ok {
					heads[h] = time.Now()
				}
				mu.Unlock()
			}
		}
	}()
	defer func() { close(stop); wg.Wait() }()

	var took []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		version := uint64(i + 2)
		doc := bytes.Replace(charterV2(b), []byte("version: 2\n"), []byte(fmt.Sprintf("version: %d\n", version)), 1)
		var draft governance.Draft
		if err := adminClient(b, nodes[1]).Do(ctx, http.MethodPost, "/v1/proposals/charter",
			governance.CharterDraftRequest{Document: doc}, &draft); err != nil {
			b.Fatal(err)
		}
		p, err := d.CharterAmendment(draft.Version, draft.SHA256, draft.CID, fmt.Sprintf("bench v%d", version))
		if err != nil {
			b.Fatal(err)
		}
		passToQueued(b, a, nodes[0], p)
		gov := contracts.NewGovernor(p.Governor, a.c)
		var block uint64
		eventually(b, 20*time.Second, "executed", func() bool {
			ectx, cancel := context.WithTimeout(ctx, 20*time.Second)
			defer cancel()
			tx, err := gov.Execute(ectx, a.signer.TransactOpts(d.ChainID), p)
			if err != nil {
				return false
			}
			r, err := contracts.WaitMined(ectx, a.c, tx)
			if err != nil || r.Status != types.ReceiptStatusSuccessful {
				return false
			}
			block = r.BlockNumber.Uint64()
			return true
		})
		b.StartTimer()
		activeAt := make([]time.Time, len(nodes))
		eventually(b, 10*time.Second, "active on all nodes", func() bool {
			all := true
			for j, n := range nodes {
				if !activeAt[j].IsZero() {
					continue
				}
				if n.Charter().SHA256() == draft.SHA256 {
					activeAt[j] = time.Now()
				} else {
					all = false
				}
			}
			return all
		})
		done := time.Now()
		mu.Lock()
		at, ok := heads[block]
		mu.Unlock()
		if !ok {
			b.Fatalf("block %d never seen as head", block)
		}
		took = append(took, done.Sub(at))
		if done.Sub(at) > time.Second {
			for j, n := range nodes {
				st := n.Watcher().Status()
				b.Logf("slow iteration: node %d active %s after the block; watcher last error %q at %s, retrying since %s",
					j, activeAt[j].Sub(at).Round(time.Millisecond), st.LastError, st.LastErrorAt.Format(time.StampMilli), st.RetryingSince.Format(time.StampMilli))
			}
		}
	}
	b.StopTimer()
	sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
	b.ReportMetric(float64(took[len(took)/2].Milliseconds()), "ms-median")
	b.ReportMetric(float64(took[len(took)-1].Milliseconds()), "ms-max")
	b.Logf("execution block to active on 10 nodes: %v (block period 250 ms)", took)
}

// passToQueued proposes p from a, votes for it and queues it.
func passToQueued(b testing.TB, a *govActor, watch *Node, p contracts.Proposal) {
	b.Helper()
	gov := contracts.NewGovernor(p.Governor, a.c)
	id := p.ID()
	step := func(what string, fn func(ctx context.Context) (*types.Transaction, error)) {
		if err := a.send(what, func(ctx context.Context) (common.Hash, error) {
			tx, err := fn(ctx)
			if err != nil {
				return common.Hash{}, err
			}
			return tx.Hash(), nil
		}); err != nil {
			b.Fatal(err)
		}
	}
	step("propose", func(ctx context.Context) (*types.Transaction, error) {
		return gov.Propose(ctx, a.signer.TransactOpts(a.d.ChainID), p)
	})
	state := func() contracts.ProposalState {
		pr, err := watch.Watcher().Index().Proposal(context.Background(), id)
		if err != nil {
			return contracts.StatePending
		}
		return pr.State
	}
	eventually(b, 10*time.Second, "voting open", func() bool { return state() == contracts.StateActive })
	step("vote", func(ctx context.Context) (*types.Transaction, error) {
		return gov.CastVote(ctx, a.signer.TransactOpts(a.d.ChainID), id, contracts.SupportFor, "")
	})
	eventually(b, 15*time.Second, "vote succeeded", func() bool { return state() == contracts.StateSucceeded })
	step("queue", func(ctx context.Context) (*types.Transaction, error) {
		return gov.Queue(ctx, a.signer.TransactOpts(a.d.ChainID), p)
	})
}
