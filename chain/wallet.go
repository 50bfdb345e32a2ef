package chain

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/ethereum/go-ethereum/accounts"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/x0tta6bl4/westworld/contracts"
	"github.com/x0tta6bl4/westworld/storage"
)

// maxKeyFile bounds a keystore file read from disk or imported; real ones are about 500 bytes.
const maxKeyFile = 64 << 10

// Wallet is a directory of go-ethereum keystore files (Web3 Secret Storage v3: scrypt and
// AES-128-CTR, named UTC--<time>--<address>), the format geth, clef and most Ethereum tools
// read and write, so keys move between them by copying files. It keeps no key in memory and
// runs no goroutine: every call reads the directory.
type Wallet struct {
	dir      string
	scryptN  int
	scryptP  int
	lightKDF bool
}

// WalletConfig configures a Wallet.
type WalletConfig struct {
	// Dir is the keystore directory (home/keystore); it is created with mode 0700.
	Dir string
	// LightKDF encrypts new keys with geth's light scrypt parameters (N=4096) instead of the
	// standard ones (N=262144, about a second and 256 MiB per key): for dev accounts and tests.
	LightKDF bool
}

// Account is one key in the wallet.
type Account struct {
	Address common.Address `json:"address"`
	// File is the keystore file's path.
	File string `json:"file"`
}

// OpenWallet opens (creating if needed, mode 0700) the keystore directory.
func OpenWallet(cfg WalletConfig) (*Wallet, error) {
	if cfg.Dir == "" {
		return nil, errors.New("wallet: no keystore directory")
	}
	if err := os.MkdirAll(cfg.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("create keystore %s: %w", cfg.Dir, err)
	}
	if err := os.Chmod(cfg.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("keystore %s: %w", cfg.Dir, err)
	}
	w := &Wallet{dir: cfg.Dir, scryptN: keystore.StandardScryptN, scryptP: keystore.StandardScryptP, lightKDF: cfg.LightKDF}
	if cfg.LightKDF {
		w.scryptN, w.scryptP = keystore.LightScryptN, keystore.LightScryptP
	}
	return w, nil
}

// Dir is the keystore directory.
func (w *Wallet) Dir() string { return w.dir }

// keyFileHeader is the part of a keystore file read before decrypting it: the address, and the
// key derivation parameters, which are checked so that a hostile file cannot make the scrypt
// decryption allocate gigabytes or run for hours.
type keyFileHeader struct {
	Address  string         `json:"address"`
	Crypto   *keyFileCrypto `json:"crypto"`
	CryptoV1 *keyFileCrypto `json:"Crypto"`
}

type keyFileCrypto struct {
	KDF       string `json:"kdf"`
	KDFParams struct {
		N uint64 `json:"n"`
		R uint64 `json:"r"`
		P uint64 `json:"p"`
		C uint64 `json:"c"`
	} `json:"kdfparams"`
}

// KDF limits: geth's standard scrypt is N=2^18, r=8, p=1 (256 MiB); other wallets use less.
const (
	maxScryptMem  = 1 << 21 // N*r, times 128 bytes: 256 MiB
	maxScryptWork = 1 << 24 // N*r*p
	maxPBKDF2Iter = 1 << 22
)

// parseKeyFileAddress returns the address a keystore JSON claims, after checking its KDF
// parameters are within what real wallets use. It does not prove the file holds that key;
// decrypting does.
func parseKeyFileAddress(data []byte) (common.Address, error) {
	if len(data) > maxKeyFile {
		return common.Address{}, fmt.Errorf("%w: keystore JSON of %d bytes", ErrBadKey, len(data))
	}
	var k keyFileHeader
	if err := json.Unmarshal(data, &k); err != nil {
		return common.Address{}, fmt.Errorf("%w: not a keystore JSON file: %v", ErrBadKey, err)
	}
	c := k.Crypto
	if c == nil {
		c = k.CryptoV1
	}
	if c == nil {
		return common.Address{}, fmt.Errorf("%w: keystore JSON has no crypto section", ErrBadKey)
	}
	switch p := c.KDFParams; c.KDF {
	case "scrypt":
		if p.N == 0 || p.R == 0 || p.P == 0 || p.N > maxScryptMem || p.R > maxScryptMem || p.N*p.R > maxScryptMem ||
			p.P > maxScryptWork || p.N*p.R*p.P > maxScryptWork {
			return common.Address{}, fmt.Errorf("%w: scrypt parameters n=%d r=%d p=%d are outside what wallets use", ErrBadKey, p.N, p.R, p.P)
		}
	case "pbkdf2":
		if p.C == 0 || p.C > maxPBKDF2Iter {
			return common.Address{}, fmt.Errorf("%w: pbkdf2 iteration count %d is outside what wallets use", ErrBadKey, p.C)
		}
	default:
		return common.Address{}, fmt.Errorf("%w: unsupported key derivation %q", ErrBadKey, c.KDF)
	}
	a := strings.TrimPrefix(strings.ToLower(k.Address), "0x")
	b, err := hex.DecodeString(a)
	if err != nil || len(b) != common.AddressLength {
		return common.Address{}, fmt.Errorf("%w: keystore JSON address %q", ErrBadKey, clip(k.Address))
	}
	return common.BytesToAddress(b), nil
}

// List returns the wallet's accounts sorted by address. Files that are not keystore JSON are
// skipped, as geth skips them.
func (w *Wallet) List() ([]Account, error) {
	ents, err := os.ReadDir(w.dir)
	if err != nil {
		return nil, fmt.Errorf("read keystore %s: %w", w.dir, err)
	}
	seen := map[common.Address]bool{}
	var out []Account
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") {
			continue
		}
		path := filepath.Join(w.dir, name)
		data, err := readLimited(path)
		if err != nil {
			continue
		}
		addr, err := parseKeyFileAddress(data)
		if err != nil || seen[addr] {
			continue
		}
		seen[addr] = true
		out = append(out, Account{Address: addr, File: path})
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i].Address[:], out[j].Address[:]) < 0 })
	return out, nil
}

// Find returns the account for addr, or ErrNoAccount.
func (w *Wallet) Find(addr common.Address) (Account, error) {
	accs, err := w.List()
	if err != nil {
		return Account{}, err
	}
	for _, a := range accs {
		if a.Address == addr {
			return a, nil
		}
	}
	return Account{}, fmt.Errorf("%w: %s in %s", ErrNoAccount, addr.Hex(), w.dir)
}

// Default is the only account, or the account addr when it is not zero. With several accounts
// and no address the caller must choose; the error lists them.
func (w *Wallet) Default(addr common.Address) (Account, error) {
	if addr != (common.Address{}) {
		return w.Find(addr)
	}
	accs, err := w.List()
	if err != nil {
		return Account{}, err
	}
	switch len(accs) {
	case 0:
		return Account{}, fmt.Errorf("%w: the keystore %s is empty (westworld wallet new)", ErrNoAccount, w.dir)
	case 1:
		return accs[0], nil
	}
	names := make([]string, len(accs))
	for i, a := range accs {
		names[i] = a.Address.Hex()
	}
	return Account{}, fmt.Errorf("%w: %d accounts in %s, choose one with --account (%s)", ErrNoAccount, len(accs), w.dir, strings.Join(names, ", "))
}

// New creates a random key encrypted with password.
func (w *Wallet) New(password string) (Account, error) {
	if password == "" {
		return Account{}, errors.New("refusing an empty password")
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return Account{}, fmt.Errorf("generate key: %w", err)
	}
	defer zero(key)
	return w.store(key, password)
}

// ImportKey stores an existing private key encrypted with password.
func (w *Wallet) ImportKey(key *ecdsa.PrivateKey, password string) (Account, error) {
	if password == "" {
		return Account{}, errors.New("refusing an empty password")
	}
	return w.store(key, password)
}

// ImportHex stores a hex private key (64 hex digits, 0x optional) encrypted with password.
func (w *Wallet) ImportHex(hexKey, password string) (Account, error) {
	key, err := ParseHexKey(hexKey)
	if err != nil {
		return Account{}, err
	}
	defer zero(key)
	return w.ImportKey(key, password)
}

// ImportJSON imports a keystore file made by geth or another tool: it decrypts it with password
// and stores it re-encrypted with newPassword (the same password if newPassword is empty).
func (w *Wallet) ImportJSON(keyJSON []byte, password, newPassword string) (Account, error) {
	addr, err := parseKeyFileAddress(keyJSON)
	if err != nil {
		return Account{}, err
	}
	key, err := keystore.DecryptKey(keyJSON, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return Account{}, fmt.Errorf("%w for key file of %s", ErrWrongPassword, addr.Hex())
		}
		return Account{}, fmt.Errorf("%w: %v", ErrBadKey, err)
	}
	defer zero(key.PrivateKey)
	if key.Address != addr {
		return Account{}, fmt.Errorf("%w: key file claims %s but holds the key of %s", ErrBadKey, addr.Hex(), key.Address.Hex())
	}
	if newPassword == "" {
		newPassword = password
	}
	return w.ImportKey(key.PrivateKey, newPassword)
}

// store writes key as a new keystore file, atomically (temp file, fsync, rename), mode 0600.
func (w *Wallet) store(key *ecdsa.PrivateKey, password string) (Account, error) {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if _, err := w.Find(addr); err == nil {
		return Account{Address: addr}, fmt.Errorf("%w: %s", ErrAccountExists, addr.Hex())
	}
	id, err := uuid.NewRandom()
	if err != nil {
		return Account{}, fmt.Errorf("key id: %w", err)
	}
	data, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: addr, PrivateKey: key}, password, w.scryptN, w.scryptP)
	if err != nil {
		return Account{}, fmt.Errorf("encrypt key: %w", err)
	}
	path := filepath.Join(w.dir, keyFileName(addr, time.Now()))
	if err := storage.WriteFile(path, data, 0o600); err != nil {
		return Account{}, fmt.Errorf("write key file: %w", err)
	}
	return Account{Address: addr, File: path}, nil
}

// keyFileName is geth's name for a key file.
func keyFileName(addr common.Address, t time.Time) string {
	return fmt.Sprintf("UTC--%s--%s", t.UTC().Format("2006-01-02T15-04-05.000000000Z"), hex.EncodeToString(addr[:]))
}

// Unlock decrypts addr's key with password. A wrong password is ErrWrongPassword.
func (w *Wallet) Unlock(addr common.Address, password string) (*Signer, error) {
	acc, err := w.Find(addr)
	if err != nil {
		return nil, err
	}
	data, err := readLimited(acc.File)
	if err != nil {
		return nil, fmt.Errorf("read key file: %w", err)
	}
	if _, err := parseKeyFileAddress(data); err != nil {
		return nil, fmt.Errorf("%s: %w", acc.File, err)
	}
	key, err := keystore.DecryptKey(data, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("%w for account %s", ErrWrongPassword, addr.Hex())
		}
		return nil, fmt.Errorf("%w: %s: %v", ErrBadKey, acc.File, err)
	}
	if key.Address != addr {
		zero(key.PrivateKey)
		return nil, fmt.Errorf("%w: %s holds the key of %s, not %s", ErrBadKey, acc.File, key.Address.Hex(), addr.Hex())
	}
	return NewSigner(key.PrivateKey), nil
}

// ParseHexKey parses a secp256k1 private key written as 64 hex digits (0x optional).
func ParseHexKey(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "0x"), "0X")
	if len(s) != 64 {
		return nil, fmt.Errorf("%w: a hex private key is 64 hex digits, got %d characters", ErrBadKey, len(s))
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: private key is not hex", ErrBadKey)
	}
	key, err := crypto.ToECDSA(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadKey, err)
	}
	return key, nil
}

// Signer is an unlocked key: it signs transactions and ballots for one address.
type Signer struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// NewSigner wraps a private key.
func NewSigner(key *ecdsa.PrivateKey) *Signer {
	return &Signer{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// Address is the signer's account.
func (s *Signer) Address() common.Address { return s.addr }

// TransactOpts signs transactions for chainID (EIP-155 and typed transactions); gas and fees are
// left to the bind package's estimates.
func (s *Signer) TransactOpts(chainID uint64) *bind.TransactOpts {
	return bind.NewKeyedTransactor(s.key, new(big.Int).SetUint64(chainID))
}

// SignBallot signs an EIP-712 castVoteBySig ballot; the ballot's voter must be the signer.
func (s *Signer) SignBallot(d contracts.Domain, b contracts.Ballot) ([]byte, error) {
	return contracts.SignBallot(s.key, d, b)
}

// SignText signs msg the way personal_sign (EIP-191, version 0x45) does, with v as 27 or 28:
// what wallets show a user as a readable message, for bindings that are not transactions.
func (s *Signer) SignText(msg []byte) ([]byte, error) {
	sig, err := crypto.Sign(accounts.TextHash(msg), s.key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// Forget overwrites the key in memory; the signer is useless afterwards.
func (s *Signer) Forget() { zero(s.key) }

// zero overwrites a key's scalar, as go-ethereum's keystore does after use; best effort, since
// the runtime may have copied it.
func zero(k *ecdsa.PrivateKey) {
	if k == nil || k.D == nil {
		return
	}
	b := k.D.Bits()
	clear(b)
}

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() || st.Size() > maxKeyFile {
		return nil, fmt.Errorf("%s is not a keystore file", path)
	}
	buf := make([]byte, st.Size())
	if _, err := f.ReadAt(buf, 0); err != nil && st.Size() > 0 {
		return nil, err
	}
	return buf, nil
}
