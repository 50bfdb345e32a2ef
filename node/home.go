package node

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/x0tta6bl4/westworld/p2p"
	"github.com/x0tta6bl4/westworld/storage"
)

// Files and directories inside a home.
const (
	IdentityFile = "identity.key"
	DatastoreDir = "datastore"
)

// ErrHomeExists is returned by Init for an initialised home without force.
var ErrHomeExists = errors.New("home is already initialised (use --force to re-initialise)")

// InitResult says what Init created.
type InitResult struct {
	Home       string `json:"home"`
	PeerID     string `json:"peer_id"`
	Config     string `json:"config"`
	Datastore  string `json:"datastore"`
	KeptData   bool   `json:"kept_datastore"`
	Identity   string `json:"identity"`
	Macaroons  string `json:"macaroons"`
	ConfigText []byte `json:"-"`
}

// Init creates a home: the directory (0700), a new Ed25519 identity (0600),
// a commented config.yaml with every default, and the Badger datastore.
// With force it replaces the identity and config of an existing home but
// never deletes its datastore.
func Init(home string, cfg Config, force bool) (*InitResult, error) {
	if home == "" {
		return nil, errors.New("no home directory given")
	}
	abs, err := filepath.Abs(home)
	if err != nil {
		return nil, err
	}
	home = abs
	cfgPath := filepath.Join(home, ConfigFile)
	keyPath := filepath.Join(home, IdentityFile)
	if !force {
		for _, p := range []string{cfgPath, keyPath} {
			if _, err := os.Stat(p); err == nil {
				return nil, fmt.Errorf("%s: %w", home, ErrHomeExists)
			}
		}
	}
	if err := os.MkdirAll(home, 0o700); err != nil {
		return nil, fmt.Errorf("create home: %w", err)
	}
	if err := os.Chmod(home, 0o700); err != nil {
		return nil, fmt.Errorf("create home: %w", err)
	}
	cfg.Home = home
	text, err := RenderConfig(cfg)
	if err != nil {
		return nil, err
	}
	sk, err := p2p.GenerateIdentity(keyPath, force)
	if err != nil {
		return nil, err
	}
	if err := storage.WriteFile(cfgPath, text, 0o600); err != nil {
		return nil, fmt.Errorf("write config: %w", err)
	}
	dsPath := filepath.Join(home, DatastoreDir)
	_, statErr := os.Stat(dsPath)
	st, err := storage.New(storage.Config{Dir: dsPath, CacheMB: cfg.Datastore.CacheMB})
	if err != nil {
		return nil, err
	}
	// A re-initialised home gets new credentials: the old macaroons die.
	if err := bakeRoleMacaroons(context.Background(), st, home, force); err != nil {
		st.Close()
		return nil, fmt.Errorf("bake macaroons: %w", err)
	}
	if err := st.Close(); err != nil {
		return nil, err
	}
	return &InitResult{
		Home: home, PeerID: p2p.PeerIDOf(sk).String(), Config: cfgPath, Datastore: dsPath,
		KeptData: statErr == nil, Identity: keyPath, ConfigText: text,
		Macaroons: filepath.Join(home, MacaroonDir),
	}, nil
}
