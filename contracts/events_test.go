package contracts

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TestEventHistory replays the chain's logs with the decoder's filter, as a node catching up from
// start_block would, and checks the deployment's role history and a proposal's events.
func TestEventHistory(t *testing.T) {
	e := newEnv(t, testParams())
	p, _ := e.d.EmergencyReleaseManifest(sha("m"), "release")
	e.pass(p, []vote{{e.D, SupportFor}})

	dec := NewEventDecoder(e.d)
	logs, err := e.b.FilterLogs(e.ctx, dec.FilterQuery(e.d.StartBlock, nil))
	if err != nil {
		t.Fatal(err)
	}
	var evs []Event
	for i := range logs {
		ev, err := dec.Decode(&logs[i])
		if err != nil {
			t.Fatalf("log %d (%s): %v", i, logs[i].Topics[0], err)
		}
		evs = append(evs, ev)
	}
	roles := find[*RoleChanged](evs)
	granted := map[common.Address]int{}
	var renounced bool
	for _, r := range roles {
		if r.Granted {
			granted[r.Account]++
		} else if r.Account == e.deployer.addr && r.Role == RoleDefaultAdmin && r.Contract == e.d.Timelock {
			renounced = true
		}
		if r.Granted && r.Account == e.deployer.addr && r.Contract != e.d.Timelock {
			t.Errorf("deployer was granted %s on %s", r.Role, r.Contract)
		}
	}
	if granted[e.d.Governor] != 3 || granted[e.d.EmergencyGovernor] != 3 {
		t.Errorf("governor role grants %d and %d, want 3 each", granted[e.d.Governor], granted[e.d.EmergencyGovernor])
	}
	// Timelock self-admin + admin and governance on four registries.
	if granted[e.d.Timelock] != 9 {
		t.Errorf("timelock was granted %d roles, want 9", granted[e.d.Timelock])
	}
	if !renounced {
		t.Error("no RoleRevoked for the deployer's timelock admin role")
	}
	names := []string{}
	for _, ev := range evs {
		if _, ok := ev.(*RoleChanged); !ok {
			names = append(names, ev.EventName())
		}
	}
	want := []string{"ProposalCreated", "VoteCast", "ProposalQueued", "ManifestReleased", "ProposalExecuted"}
	if len(names) != len(want) {
		t.Fatalf("events %v, want %v", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Fatalf("events %v, want %v", names, want)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	d := &Deployment{Governor: common.Address{1}, EmergencyGovernor: common.Address{2}, CharterRegistry: common.Address{3},
		ExperimentRegistry: common.Address{4}, GuardianRegistry: common.Address{5}, Emergency: common.Address{6}, Timelock: common.Address{7}}
	dec := NewEventDecoder(d)
	gabi := governorABI.GetABI()
	eabi := emergencyABI.GetABI()
	word := func(v int64) []byte { return common.LeftPadBytes(big.NewInt(v).Bytes(), 32) }
	executed := gabi.Events["ProposalExecuted"].ID
	suspended := eabi.Events["PeerSuspended"].ID
	cases := []struct {
		name string
		log  types.Log
		want error
	}{
		{"no topics", types.Log{Address: d.Governor}, ErrUnknownEvent},
		{"other contract", types.Log{Address: common.Address{9}, Topics: []common.Hash{executed}, Data: word(1)}, ErrUnknownEvent},
		{"event of another contract", types.Log{Address: d.CharterRegistry, Topics: []common.Hash{executed}, Data: word(1)}, ErrUnknownEvent},
		{"timelock CallScheduled", types.Log{Address: d.Timelock, Topics: []common.Hash{timelockABI.GetABI().Events["CallScheduled"].ID, {}, {}}}, ErrUnknownEvent},
		{"short data", types.Log{Address: d.Governor, Topics: []common.Hash{executed}, Data: []byte{1}}, ErrMalformedEvent},
		{"no data", types.Log{Address: d.Governor, Topics: []common.Hash{executed}}, ErrMalformedEvent},
		{"extra topic", types.Log{Address: d.Governor, Topics: []common.Hash{executed, {}}, Data: word(1)}, ErrMalformedEvent},
		{"missing indexed topic", types.Log{Address: d.Emergency, Topics: []common.Hash{suspended}, Data: word(1)}, ErrMalformedEvent},
		{"dynamic offset out of range", types.Log{Address: d.Emergency, Topics: []common.Hash{suspended, {}},
			Data: append(append(append(word(1<<20), word(5)...), word(96)...), word(0)...)}, ErrMalformedEvent},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := c.log
			if _, err := dec.Decode(&l); !errors.Is(err, c.want) {
				t.Fatalf("err %v, want %v", err, c.want)
			}
		})
	}
	// A well-formed ProposalExecuted from either governor decodes with its governor set.
	for _, g := range []common.Address{d.Governor, d.EmergencyGovernor} {
		ev, err := dec.Decode(&types.Log{Address: g, Topics: []common.Hash{executed}, Data: word(77)})
		if err != nil {
			t.Fatal(err)
		}
		if pe := ev.(*ProposalExecuted); pe.Governor != g || pe.ProposalID.Int64() != 77 {
			t.Fatalf("decoded %+v", pe)
		}
	}
}
