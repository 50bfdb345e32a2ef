package chain

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/x0tta6bl4/westworld/contracts"
)

// Keys from go-ethereum's own keystore test data (password "foobar").
var gethKeys = map[string]common.Address{
	"UTC--2016-03-22T12-57-55.920751759Z--7ef5a6135f1fd6a02593eedc869c6d41d934aef8": common.HexToAddress("0x7ef5a6135f1fd6a02593eedc869c6d41d934aef8"),
	"aaa": common.HexToAddress("0xf466859ead1932d743d622cb74fc058882e8648a"),
	"zzz": common.HexToAddress("0x289d485d9771714cce91d3393d764e1311907acc"),
}

func openTestWallet(t *testing.T) *Wallet {
	t.Helper()
	w, err := OpenWallet(WalletConfig{Dir: filepath.Join(t.TempDir(), "keystore"), LightKDF: true})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestWalletNewListUnlock(t *testing.T) {
	w := openTestWallet(t)
	if fi, err := os.Stat(w.Dir()); err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("keystore dir mode %v, %v", fi.Mode(), err)
	}
	if _, err := w.Default(common.Address{}); !errors.Is(err, ErrNoAccount) {
		t.Fatalf("default of an empty wallet: %v", err)
	}
	a, err := w.New("correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(a.File); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, %v", fi.Mode(), err)
	}
	if !strings.HasSuffix(filepath.Base(a.File), strings.ToLower(a.Address.Hex()[2:])) || !strings.HasPrefix(filepath.Base(a.File), "UTC--") {
		t.Errorf("key file name %s is not geth's", filepath.Base(a.File))
	}
	b, err := w.New("battery staple")
	if err != nil {
		t.Fatal(err)
	}
	list, err := w.List()
	if err != nil || len(list) != 2 {
		t.Fatalf("list: %v, %v", list, err)
	}
	if _, err := w.Default(common.Address{}); !errors.Is(err, ErrNoAccount) || !strings.Contains(err.Error(), "--account") {
		t.Fatalf("default with two accounts: %v", err)
	}
	if got, err := w.Default(b.Address); err != nil || got.Address != b.Address {
		t.Fatalf("default %s: %v", b.Address, err)
	}

	_, err = w.Unlock(a.Address, "wrong")
	if !errors.Is(err, ErrWrongPassword) || strings.Contains(err.Error(), "\n") {
		t.Fatalf("wrong password: %v", err)
	}
	s, err := w.Unlock(a.Address, "correct horse")
	if err != nil || s.Address() != a.Address {
		t.Fatalf("unlock: %v", err)
	}
	// The signer signs ballots the governor would accept from this voter.
	d := contracts.GovernorDomain(contracts.GovernorName, DevChainID, common.HexToAddress("0x1234"))
	ballot := contracts.Ballot{ProposalID: big.NewInt(42), Support: contracts.SupportFor, Voter: a.Address, Nonce: big.NewInt(0)}
	sig, err := s.SignBallot(d, ballot)
	if err != nil {
		t.Fatal(err)
	}
	if err := contracts.VerifyBallot(d, ballot, sig); err != nil {
		t.Fatal(err)
	}
	if opts := s.TransactOpts(DevChainID); opts.From != a.Address {
		t.Fatalf("transact opts from %s", opts.From)
	}
	if _, err := w.Unlock(common.HexToAddress("0x99"), "x"); !errors.Is(err, ErrNoAccount) {
		t.Fatalf("unlock of a missing account: %v", err)
	}

	// geth's own keystore reads what we wrote.
	ks := keystore.NewKeyStore(w.Dir(), keystore.LightScryptN, keystore.LightScryptP)
	if !ks.HasAddress(a.Address) || !ks.HasAddress(b.Address) {
		t.Fatalf("geth's keystore sees %v", ks.Accounts())
	}
	if err := ks.Unlock(accounts.Account{Address: b.Address}, "battery staple"); err != nil {
		t.Fatalf("geth cannot unlock our key file: %v", err)
	}
}

func TestWalletImport(t *testing.T) {
	for name, want := range gethKeys {
		t.Run(name[:3], func(t *testing.T) {
			w := openTestWallet(t)
			data, err := os.ReadFile(filepath.Join("testdata", "gethkeystore", name))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := w.ImportJSON(data, "not it", ""); !errors.Is(err, ErrWrongPassword) {
				t.Fatalf("wrong password: %v", err)
			}
			if l, _ := w.List(); len(l) != 0 {
				t.Fatalf("a failed import wrote %v", l)
			}
			a, err := w.ImportJSON(data, "foobar", "new password")
			if err != nil || a.Address != want {
				t.Fatalf("import: %v, %v", a, err)
			}
			if _, err := w.ImportJSON(data, "foobar", ""); !errors.Is(err, ErrAccountExists) {
				t.Fatalf("second import: %v", err)
			}
			if _, err := w.Unlock(want, "foobar"); !errors.Is(err, ErrWrongPassword) {
				t.Fatalf("the old password still works: %v", err)
			}
			if s, err := w.Unlock(want, "new password"); err != nil || s.Address() != want {
				t.Fatalf("unlock with the new password: %v", err)
			}
		})
	}

	t.Run("hex", func(t *testing.T) {
		w := openTestWallet(t)
		key := DevAccountKey(7)
		hexKey := "0x" + common.Bytes2Hex(crypto.FromECDSA(key))
		a, err := w.ImportHex(hexKey, "pw")
		if err != nil || a.Address != crypto.PubkeyToAddress(key.PublicKey) {
			t.Fatalf("import hex: %v, %v", a, err)
		}
		for _, bad := range []string{"", "0x1234", strings.Repeat("z", 64), "0x" + strings.Repeat("0", 64)} {
			if _, err := w.ImportHex(bad, "pw"); !errors.Is(err, ErrBadKey) {
				t.Errorf("import %q: %v", bad, err)
			}
		}
		if _, err := w.ImportHex(hexKey, "pw"); !errors.Is(err, ErrAccountExists) {
			t.Errorf("reimport: %v", err)
		}
	})

	t.Run("bad files", func(t *testing.T) {
		w := openTestWallet(t)
		for _, name := range []string{"garbage", "empty", "no-address"} {
			data, _ := os.ReadFile(filepath.Join("testdata", "gethkeystore", name))
			if _, err := w.ImportJSON(data, "foobar", ""); !errors.Is(err, ErrBadKey) {
				t.Errorf("import %s: %v", name, err)
			}
		}
		hostile := `{"address":"7ef5a6135f1fd6a02593eedc869c6d41d934aef8","crypto":{"cipher":"aes-128-ctr","kdf":"scrypt","kdfparams":{"n":1073741824,"r":8,"p":1}}}`
		if _, err := w.ImportJSON([]byte(hostile), "x", ""); !errors.Is(err, ErrBadKey) || !strings.Contains(err.Error(), "scrypt") {
			t.Errorf("hostile scrypt parameters: %v", err)
		}
	})
}

// TestWalletListsGethKeystore lists a keystore directory as geth does: the good key files, not
// the broken ones.
func TestWalletListsGethKeystore(t *testing.T) {
	w, err := OpenWallet(WalletConfig{Dir: copyDir(t, filepath.Join("testdata", "gethkeystore"))})
	if err != nil {
		t.Fatal(err)
	}
	list, err := w.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != len(gethKeys) {
		t.Fatalf("listed %v, want the %d good keys", list, len(gethKeys))
	}
	for i, a := range list {
		if i > 0 && strings.Compare(list[i-1].Address.Hex(), a.Address.Hex()) >= 0 && list[i-1].Address.Big().Cmp(a.Address.Big()) >= 0 {
			t.Errorf("list not sorted: %v", list)
		}
		if gethKeys[filepath.Base(a.File)] != a.Address {
			t.Errorf("%s listed as %s", filepath.Base(a.File), a.Address)
		}
	}
}

func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	ents, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// TestSignText: a personal_sign signature recovers to the signer over the EIP-191 hash.
func TestSignText(t *testing.T) {
	s := NewSigner(DevAccountKey(1))
	msg := []byte("westworld narrative: wallet of peer 12D3KooW")
	sig, err := s.SignText(msg)
	if err != nil || len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		t.Fatalf("signature %x, %v", sig, err)
	}
	sig[64] -= 27
	pub, err := crypto.SigToPub(accounts.TextHash(msg), sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != s.Address() {
		t.Fatalf("recovered %v, %v; want %s", pub, err, s.Address())
	}
}
