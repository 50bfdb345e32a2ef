package chain

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"math/big"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/contracts/bindings/charterregistry"
	"github.com/x0tta6bl4/westworld/contracts/bindings/emergency"
	"github.com/x0tta6bl4/westworld/contracts/bindings/experimentregistry"
	"github.com/x0tta6bl4/westworld/contracts/bindings/guardianregistry"
	"github.com/x0tta6bl4/westworld/contracts/bindings/westgovernor"
)

// FuzzDecodeLog: the journal decoder never panics, and what it accepts re-encodes to the same
// bytes.
func FuzzDecodeLog(f *testing.F) {
	l := &types.Log{Address: common.HexToAddress("0x1"), BlockNumber: 7, BlockHash: common.HexToHash("0xb"),
		TxHash: common.HexToHash("0xt"), TxIndex: 3, Index: 9,
		Topics: []common.Hash{crypto.Keccak256Hash([]byte("VoteCast")), common.HexToHash("0x2")}, Data: []byte("data")}
	enc, err := encodeLog(l)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(enc)
	f.Add(enc[:logHeaderLen])
	f.Add([]byte{})
	f.Add([]byte{logCodecVersion})
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := decodeLog(b)
		if err != nil {
			return
		}
		again, err := encodeLog(l)
		if err != nil {
			t.Fatalf("decoded log does not encode: %v", err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("round trip changed %x to %x", b, again)
		}
	})
}

// FuzzParseProposalRef: any string parses or fails cleanly; a full ID prints back to itself
// and its short ID is a prefix of its hex form.
func FuzzParseProposalRef(f *testing.F) {
	for _, s := range []string{"ab12cd00", "0xab12", "12345678901234567890", "0x" + string(bytes.Repeat([]byte("f"), 64)), "", "zz", "0x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseProposalRef(s)
		if err != nil {
			return
		}
		switch {
		case r.ID != nil:
			if r.ID.Sign() < 0 || r.ID.BitLen() > 256 {
				t.Fatalf("%q parsed to %s", s, r.ID)
			}
			again, err := ParseProposalRef(ProposalHex(r.ID))
			if err != nil || again.ID.Cmp(r.ID) != 0 {
				t.Fatalf("%q: hex form does not parse back", s)
			}
			if ProposalHex(r.ID)[2:2+ShortIDLength] != ShortID(r.ID) {
				t.Fatal("short ID is not the hex prefix")
			}
		case len(r.Prefix) < MinPrefixLength || len(r.Prefix) > 63 || !isHex(r.Prefix):
			t.Fatalf("%q parsed to prefix %q", s, r.Prefix)
		}
	})
}

// FuzzParseKeyFileAddress: the keystore header parser never panics and only accepts KDF
// parameters within the limits.
func FuzzParseKeyFileAddress(f *testing.F) {
	for _, name := range []string{"aaa", "zzz", "garbage", "no-address"} {
		if b, err := readLimited("testdata/gethkeystore/" + name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"address":"00","crypto":{"kdf":"scrypt","kdfparams":{"n":1,"r":1,"p":1}}}`))
	f.Add([]byte(`{"address":"7ef5a6135f1fd6a02593eedc869c6d41d934aef8","Crypto":{"kdf":"pbkdf2","kdfparams":{"c":262144}}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := parseKeyFileAddress(b); err != nil {
			return
		}
		var h keyFileHeader
		if err := json.Unmarshal(b, &h); err != nil {
			t.Fatalf("accepted invalid JSON: %v", err)
		}
		c := h.Crypto
		if c == nil {
			c = h.CryptoV1
		}
		if p := c.KDFParams; c.KDF == "scrypt" && (p.N*p.R > maxScryptMem || p.N*p.R*p.P > maxScryptWork) {
			t.Fatalf("accepted scrypt n=%d r=%d p=%d", p.N, p.R, p.P)
		}
	})
}

// FuzzParseHexKey: hex keys parse or fail cleanly.
func FuzzParseHexKey(f *testing.F) {
	f.Add("0x" + common.Bytes2Hex(crypto.FromECDSA(DevAccountKey(0))))
	f.Add("00")
	f.Add("0x" + string(bytes.Repeat([]byte("f"), 64)))
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseHexKey(s)
		if err != nil {
			return
		}
		if _, err := crypto.ToECDSA(crypto.FromECDSA(k)); err != nil {
			t.Fatalf("%q parsed to an invalid key: %v", s, err)
		}
	})
}

// fuzzDeployment is a deployment at fixed addresses; FuzzApplyUndo feeds it logs as a hostile
// RPC endpoint could.
var fuzzDeployment = &contracts.Deployment{ChainID: 1337, StartBlock: 1,
	Token: common.HexToAddress("0x01"), Timelock: common.HexToAddress("0x02"), Governor: common.HexToAddress("0x03"),
	EmergencyGovernor: common.HexToAddress("0x04"), CharterRegistry: common.HexToAddress("0x05"),
	ExperimentRegistry: common.HexToAddress("0x06"), GuardianRegistry: common.HexToAddress("0x07"), Emergency: common.HexToAddress("0x08")}

// fuzzEvents are the (contract, event) pairs the index knows, in a fixed order.
var fuzzEvents = func() []struct {
	addr common.Address
	ev   abi.Event
} {
	var out []struct {
		addr common.Address
		ev   abi.Event
	}
	add := func(a common.Address, ab abi.ABI, names ...string) {
		for _, n := range names {
			out = append(out, struct {
				addr common.Address
				ev   abi.Event
			}{a, ab.Events[n]})
		}
	}
	d := fuzzDeployment
	gov := westgovernor.NewWestGovernor().GetABI()
	add(d.Governor, gov, "ProposalCreated", "VoteCast", "VoteCastWithParams", "ProposalQueued", "ProposalExecuted", "ProposalCanceled")
	add(d.EmergencyGovernor, gov, "ProposalCreated", "VoteCast")
	add(d.CharterRegistry, charterregistry.NewCharterRegistry().GetABI(), "CharterAmended", "RoleGranted")
	add(d.ExperimentRegistry, experimentregistry.NewExperimentRegistry().GetABI(), "ExperimentApproved", "ExperimentAdvanced", "ExperimentHalted")
	add(d.GuardianRegistry, guardianregistry.NewGuardianRegistry().GetABI(), "GuardianSetUpdated")
	add(d.Emergency, emergency.NewEmergency().GetABI(), "ManifestReleased", "PeerSuspended", "PeerLifted", "RoleRevoked")
	return out
}()

// fuzzLog builds a log from fuzz bytes: [event selector, number of extra topics, topics...,
// data...].
func fuzzLog(b []byte, block uint64, idx uint) *types.Log {
	if len(b) < 2 {
		return nil
	}
	e := fuzzEvents[int(b[0])%len(fuzzEvents)]
	n := int(b[1]) % 4
	b = b[2:]
	l := &types.Log{Address: e.addr, Topics: []common.Hash{e.ev.ID}, BlockNumber: block, Index: idx,
		BlockHash: common.BigToHash(new(big.Int).SetUint64(block))}
	for i := 0; i < n && len(b) >= 32; i++ {
		l.Topics = append(l.Topics, common.BytesToHash(b[:32]))
		b = b[32:]
	}
	l.Data = b
	return l
}

// seedLog encodes a valid log for the fuzz corpus.
func seedLog(sel int, indexed []common.Hash, args ...any) []byte {
	e := fuzzEvents[sel]
	data, err := e.ev.Inputs.NonIndexed().Pack(args...)
	if err != nil {
		panic(err)
	}
	out := []byte{byte(sel), byte(len(indexed))}
	for _, h := range indexed {
		out = append(out, h[:]...)
	}
	return append(out, data...)
}

// FuzzApplyUndo: applying any logs a hostile endpoint could send never panics, and undoing
// them in reverse leaves the index empty, whatever decoded and whatever did not.
func FuzzApplyUndo(f *testing.F) {
	voter := common.BytesToHash(common.HexToAddress("0xabc").Bytes())
	f.Add(seedLog(1, []common.Hash{voter}, big.NewInt(7), uint8(1), big.NewInt(100), "because"), []byte{}, []byte{})
	f.Add(seedLog(0, nil, big.NewInt(7), common.HexToAddress("0xabc"), []common.Address{fuzzDeployment.CharterRegistry},
		[]*big.Int{big.NewInt(0)}, []string{""}, [][]byte{{1, 2, 3, 4}}, big.NewInt(10), big.NewInt(30), "d"),
		seedLog(1, []common.Hash{voter}, big.NewInt(7), uint8(0), big.NewInt(5), ""),
		seedLog(5, nil, big.NewInt(7)))
	f.Add(seedLog(8, []common.Hash{common.BigToHash(big.NewInt(2)), crypto.Keccak256Hash([]byte("doc"))}, "bafy"),
		seedLog(10, []common.Hash{crypto.Keccak256Hash([]byte("exp"))}, crypto.Keccak256Hash([]byte("r")), "cid"),
		seedLog(15, []common.Hash{crypto.Keccak256Hash([]byte("peer"))}, []byte("peer"), uint64(99), "why"))
	f.Add(seedLog(13, []common.Hash{common.BigToHash(big.NewInt(1))}, uint8(1),
		[]common.Address{common.HexToAddress("0x9")}, [][32]byte{{1}}), []byte{3, 0}, []byte{0xff})
	dec := contracts.NewEventDecoder(fuzzDeployment)
	db, err := badger.Open(badger.DefaultOptions("").WithInMemory(true).WithLogger(nil))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { db.Close() })
	log := slog.New(slog.DiscardHandler)
	f.Fuzz(func(t *testing.T, a, b, c []byte) {
		defer db.DropAll()
		var applied []*types.Log
		err := db.Update(func(txn *badger.Txn) error {
			w := newIxWriter(txn, fuzzDeployment, dec, log)
			for i, raw := range [][]byte{a, b, c} {
				l := fuzzLog(raw, 10+uint64(i%2), uint(i))
				if l == nil {
					continue
				}
				if err := w.apply(l); err != nil {
					return err
				}
				applied = append(applied, l)
			}
			return w.flush()
		})
		if err != nil {
			t.Fatalf("apply: %v", err)
		}
		err = db.Update(func(txn *badger.Txn) error {
			w := newIxWriter(txn, fuzzDeployment, dec, log)
			for i := len(applied) - 1; i >= 0; i-- {
				l := applied[i]
				if _, ok, err := getValue(txn, kJournal(l.BlockNumber, l.Index)); err != nil || !ok {
					continue // not journalled: unknown or malformed, nothing was indexed
				}
				if err := w.undo(l); err != nil {
					return err
				}
			}
			return w.flush()
		})
		if err != nil {
			t.Fatalf("undo: %v", err)
		}
		db.View(func(txn *badger.Txn) error {
			return iterate(txn, ixPrefix, false, func(k, _ []byte) error {
				t.Fatalf("key %q left after undo", k)
				return nil
			})
		})
	})
}

// TestFuzzSeedsDecode keeps FuzzApplyUndo's seeds meaningful: each is a log the decoder accepts.
func TestFuzzSeedsDecode(t *testing.T) {
	voter := common.BytesToHash(common.HexToAddress("0xabc").Bytes())
	dec := contracts.NewEventDecoder(fuzzDeployment)
	for i, seed := range [][]byte{
		seedLog(1, []common.Hash{voter}, big.NewInt(7), uint8(1), big.NewInt(100), "because"),
		seedLog(0, nil, big.NewInt(7), common.HexToAddress("0xabc"), []common.Address{fuzzDeployment.CharterRegistry},
			[]*big.Int{big.NewInt(0)}, []string{""}, [][]byte{{1, 2, 3, 4}}, big.NewInt(10), big.NewInt(30), "d"),
		seedLog(5, nil, big.NewInt(7)),
		seedLog(8, []common.Hash{common.BigToHash(big.NewInt(2)), crypto.Keccak256Hash([]byte("doc"))}, "bafy"),
		seedLog(10, []common.Hash{crypto.Keccak256Hash([]byte("exp"))}, crypto.Keccak256Hash([]byte("r")), "cid"),
		seedLog(15, []common.Hash{crypto.Keccak256Hash([]byte("peer"))}, []byte("peer"), uint64(99), "why"),
		seedLog(13, []common.Hash{common.BigToHash(big.NewInt(1))}, uint8(1), []common.Address{common.HexToAddress("0x9")}, [][32]byte{{1}}),
	} {
		if _, err := dec.Decode(fuzzLog(seed, 10, 0)); err != nil {
			t.Errorf("seed %d: %v", i, err)
		}
	}
}
