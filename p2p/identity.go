package p2p

import (
	"crypto/rand"
	"errors"
	"fmt"
	"os"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// GenerateIdentity writes a new Ed25519 libp2p key to path with mode 0600.
// It refuses to overwrite an existing key unless force is set, because the
// key is the node's peer ID and losing it loses the node's standing.
func GenerateIdentity(path string, force bool) (crypto.PrivKey, error) {
	sk, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate identity: %w", err)
	}
	raw, err := crypto.MarshalPrivateKey(sk)
	if err != nil {
		return nil, fmt.Errorf("marshal identity: %w", err)
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o600)
	if err != nil {
		return nil, fmt.Errorf("write identity: %w", err)
	}
	if _, err := f.Write(raw); err != nil {
		f.Close()
		return nil, fmt.Errorf("write identity %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return nil, fmt.Errorf("sync identity %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	return sk, os.Chmod(path, 0o600)
}

// ErrIdentityPerm is returned when the key file is readable by others.
var ErrIdentityPerm = errors.New("identity key is readable by group or others (chmod 600 it)")

// LoadIdentity reads the libp2p key at path.
func LoadIdentity(path string) (crypto.PrivKey, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("load identity: %w", err)
	}
	if st.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("load identity %s: %w", path, ErrIdentityPerm)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load identity: %w", err)
	}
	sk, err := crypto.UnmarshalPrivateKey(raw)
	if err != nil {
		return nil, fmt.Errorf("load identity %s: %w", path, err)
	}
	return sk, nil
}

// PeerIDOf returns the peer ID of a private key.
func PeerIDOf(sk crypto.PrivKey) peer.ID {
	id, err := peer.IDFromPrivateKey(sk)
	if err != nil {
		panic(err) // only for key types libp2p cannot hash, which we never make
	}
	return id
}
