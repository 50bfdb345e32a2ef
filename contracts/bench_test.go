package contracts

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// BenchmarkDeploy deploys the whole set (8 contracts, 7 role transactions, 4 blocks) repeatedly on
// one simulated chain, and reports the gas it costs.
func BenchmarkDeploy(b *testing.B) {
	deployer := newAccount(b, "deployer")
	_, sb := newSim(b, deployer)
	ctx := context.Background()
	var gas uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d, err := Deploy(ctx, sb, deployer.auth, testParams())
		if err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			b.StopTimer()
			gas = deploymentGas(b, sb, d)
			b.StartTimer()
		}
	}
	b.ReportMetric(float64(gas), "gas/deploy")
}

// deploymentGas adds up the gas of the blocks from the deployment's start to the head.
func deploymentGas(b *testing.B, sb *simBackend, d *Deployment) uint64 {
	head, _ := sb.BlockNumber(context.Background())
	var gas uint64
	for n := d.StartBlock; n <= head; n++ {
		blk, err := sb.BlockByNumber(context.Background(), new(big.Int).SetUint64(n))
		if err != nil {
			b.Fatal(err)
		}
		gas += blk.GasUsed()
	}
	return gas
}

// BenchmarkProposalLifecycle runs propose -> vote -> queue -> execute of a charter amendment per
// iteration, with the dev params' 1-block delay and 20-block vote on the simulated chain.
func BenchmarkProposalLifecycle(b *testing.B) {
	e := newEnv(b, testParams())
	var gas uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p, err := e.d.CharterAmendment(uint64(i+1), sha("bench"), "", "bench amendment")
		if err != nil {
			b.Fatal(err)
		}
		lc := e.pass(p, []vote{{e.D, SupportFor}})
		if i == 0 {
			for _, r := range append(append([]*types.Receipt{lc.propose}, lc.votes...), lc.queue, lc.execute) {
				gas += r.GasUsed
			}
		}
	}
	b.ReportMetric(float64(gas), "gas/lifecycle")
}

func BenchmarkSignBallot(b *testing.B) {
	key, _ := crypto.GenerateKey()
	d := GovernorDomain(GovernorName, 1337, common.Address{1})
	ballot := Ballot{ProposalID: big.NewInt(1), Support: SupportFor, Voter: crypto.PubkeyToAddress(key.PublicKey), Nonce: big.NewInt(0)}
	for i := 0; i < b.N; i++ {
		if _, err := SignBallot(key, d, ballot); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerifyBallot is the per-message cost of the ballot gossip validator's signature check.
func BenchmarkVerifyBallot(b *testing.B) {
	key, _ := crypto.GenerateKey()
	d := GovernorDomain(GovernorName, 1337, common.Address{1})
	ballot := Ballot{ProposalID: big.NewInt(1), Support: SupportFor, Voter: crypto.PubkeyToAddress(key.PublicKey), Nonce: big.NewInt(0)}
	sig, _ := SignBallot(key, d, ballot)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := VerifyBallot(d, ballot, sig); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProposalID(b *testing.B) {
	d := &Deployment{CharterRegistry: common.Address{3}}
	p, _ := d.CharterAmendment(1, sha("x"), "bafybeigdyrztt5", "Adopt charter v1")
	for i := 0; i < b.N; i++ {
		_ = p.ID()
	}
}

func BenchmarkDecodeVoteCast(b *testing.B) {
	d := &Deployment{Governor: common.Address{1}}
	dec := NewEventDecoder(d)
	ev := governorABI.GetABI().Events["VoteCast"]
	data, err := ev.Inputs.NonIndexed().Pack(big.NewInt(7), uint8(1), Tokens(100), "because")
	if err != nil {
		b.Fatal(err)
	}
	l := &types.Log{Address: d.Governor, Topics: []common.Hash{ev.ID, common.BytesToHash(common.Address{9}.Bytes())}, Data: data}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := dec.Decode(l); err != nil {
			b.Fatal(err)
		}
	}
}
