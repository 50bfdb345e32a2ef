package chain

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/x0tta6bl4/westworld/contracts"
)

// simChain is go-ethereum's simulated backend with the contracts deployed: blocks are sealed
// only by Commit, which is what the reorg tests need to build competing branches.
type simChain struct {
	t        testing.TB
	ctx      context.Context
	sim      *simulated.Backend
	client   simulated.Client
	deployer *ecdsa.PrivateKey
	voters   []*ecdsa.PrivateKey
	d        *contracts.Deployment
	gov      *contracts.Governor
	emg      *contracts.Governor
}

// simMiner lets contracts.Deploy and WaitMined commit the blocks they wait for.
type simMiner struct {
	simulated.Client
	sim *simulated.Backend
}

func (s simMiner) Commit() common.Hash { return s.sim.Commit() }

// simSource is the watcher's view of the simulated chain: only the Backend methods (so closing
// it cannot close the shared client) plus new-head pushes.
type simSource struct{ simulated.Client }

func testKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'w', 'w'}))
	if err != nil {
		panic(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func auth(k *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(k, big.NewInt(1337))
}

// newSimChain deploys p and gives each of nVoters an equal share of the supply, delegated.
func newSimChain(t testing.TB, p contracts.Params, nVoters int) *simChain {
	t.Helper()
	s := &simChain{t: t, ctx: context.Background(), deployer: testKey(0)}
	alloc := types.GenesisAlloc{addr(s.deployer): {Balance: new(big.Int).Mul(big.NewInt(1e9), big.NewInt(params.Ether))}}
	for i := 0; i < nVoters; i++ {
		k := testKey(i + 1)
		s.voters = append(s.voters, k)
		alloc[addr(k)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1e6), big.NewInt(params.Ether))}
	}
	s.sim = simulated.NewBackend(alloc)
	t.Cleanup(func() { s.sim.Close() })
	s.client = s.sim.Client()
	d, err := contracts.Deploy(s.ctx, s.miner(), auth(s.deployer), p)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	s.d = d
	s.gov = contracts.NewGovernor(d.Governor, s.miner())
	s.emg = contracts.NewGovernor(d.EmergencyGovernor, s.miner())
	if nVoters > 0 {
		// Delegate first, then transfer: a delegation's gas estimate made before the tokens
		// arrive would be too low once they have (moving votes costs more).
		token := contracts.NewToken(d.Token, s.miner())
		var txs []*types.Transaction
		for _, k := range s.voters {
			tx, err := token.Delegate(s.ctx, auth(k), addr(k))
			s.must(err)
			txs = append(txs, tx)
		}
		for _, tx := range txs {
			s.mined(tx, nil)
		}
		share := new(big.Int).Div(p.InitialSupply, big.NewInt(int64(nVoters+1)))
		for _, k := range s.voters {
			s.mined(token.Transfer(s.ctx, auth(s.deployer), addr(k), share))
		}
	}
	return s
}

func (s *simChain) miner() simMiner { return simMiner{Client: s.client, sim: s.sim} }

func (s *simChain) must(err error) {
	s.t.Helper()
	if err != nil {
		s.t.Fatal(err)
	}
}

// mined commits until tx is in a block and fails the test unless it succeeded.
func (s *simChain) mined(tx *types.Transaction, err error) *types.Receipt {
	s.t.Helper()
	s.must(err)
	r, err := contracts.WaitMined(s.ctx, s.miner(), tx)
	s.must(err)
	return r
}

func (s *simChain) head() uint64 {
	s.t.Helper()
	n, err := s.client.BlockNumber(s.ctx)
	s.must(err)
	return n
}

func (s *simChain) advanceTo(n uint64) {
	for s.head() < n {
		s.sim.Commit()
	}
}

// charterProposal proposes charter version v.
func (s *simChain) charterProposal(proposer *ecdsa.PrivateKey, v uint64, desc string) (contracts.Proposal, *types.Receipt) {
	s.t.Helper()
	p, err := s.d.CharterAmendment(v, crypto.Keccak256Hash([]byte(desc)), "bafy-"+desc, desc)
	s.must(err)
	r := s.mined(s.gov.Propose(s.ctx, auth(proposer), p))
	return p, r
}

func (s *simChain) dialer() Dialer {
	return func(ctx context.Context) (Backend, error) { return simSource{s.client}, nil }
}
