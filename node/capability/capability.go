// Package capability gates every call of the node's local API with a
// macaroon (gopkg.in/macaroon.v2, the format LND uses).
//
// A macaroon is a bearer token with a list of caveats, each a condition
// that must hold for a request (see the Cond constants for the text
// format). Caveats chain into the HMAC signature, so anyone holding a
// macaroon can add caveats offline to make a weaker one, but nobody can
// remove one. No operator holds ambient authority: even the admin
// macaroon is a file that can be revoked by deleting its root key.
//
// Root keys live in Badger under storage.PrefixCapability, one per role
// macaroon and one per `cap bake`, so each can be revoked on its own. A
// macaroon's identifier names its root key (see identifier.go). The keys
// are stored unencrypted: whoever can read the datastore can mint
// macaroons, which is no more than they can already do to the node.
package capability

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	macaroon "gopkg.in/macaroon.v2"

	"github.com/x0tta6bl4/westworld/storage"
)

// Header is the HTTP request header that carries the macaroon, hex encoded.
const Header = "Westworld-Macaroon"

// DefaultLocation is the location hint baked into macaroons.
const DefaultLocation = "westworld"

// ChainState answers proposal-executed= caveats. The governance index
// implements it; a node without a chain passes nil, and then such caveats
// deny.
type ChainState interface {
	// ProposalExecuted reports whether the proposal with this ID (as
	// written in the caveat) has been executed on chain.
	ProposalExecuted(ctx context.Context, proposalID string) (bool, error)
}

// Config configures a Service.
type Config struct {
	// Location is the macaroons' location hint; DefaultLocation if empty.
	Location string
	// Now is the clock; time.Now if nil. Tests move it.
	Now    func() time.Time
	Logger *slog.Logger
}

// Service bakes and checks macaroons. It is safe for concurrent use.
type Service struct {
	cfg   Config
	ns    *storage.Namespace
	chain ChainState
	log   *slog.Logger
	uses  *useLimiter
}

// New returns a Service keeping root keys in ns (the PrefixCapability
// namespace). chain may be nil.
func New(cfg Config, ns *storage.Namespace, chain ChainState) (*Service, error) {
	if ns == nil {
		return nil, errors.New("capability: no storage namespace")
	}
	if cfg.Location == "" {
		cfg.Location = DefaultLocation
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Service{
		cfg:   cfg,
		ns:    ns,
		chain: chain,
		log:   cfg.Logger.With("component", "capability"),
		uses:  newUseLimiter(),
	}, nil
}

// ---- root keys ----

const rootKeyPrefix = "root/"

// maxLabelLen bounds a root key's label (labels are for humans).
const maxLabelLen = 200

// rootKeyRecord is a root key as stored. It is encoded by hand, not as
// JSON, because Check decodes one per request:
//
//	version (1 byte, = 1) | created, unix ns (8 bytes, big endian)
//	| key length (1) | key | role length (1) | role | label (the rest)
type rootKeyRecord struct {
	Key     []byte
	Created time.Time
	Label   string
	Role    string
}

const recordVersion = 1

func (r rootKeyRecord) marshal() []byte {
	b := make([]byte, 0, 11+len(r.Key)+len(r.Role)+len(r.Label))
	b = append(b, recordVersion)
	b = binary.BigEndian.AppendUint64(b, uint64(r.Created.UnixNano()))
	b = append(b, byte(len(r.Key)))
	b = append(b, r.Key...)
	b = append(b, byte(len(r.Role)))
	b = append(b, r.Role...)
	return append(b, r.Label...)
}

func unmarshalRecord(b []byte) (rootKeyRecord, error) {
	if len(b) < 10 || b[0] != recordVersion {
		return rootKeyRecord{}, errors.New("not a version 1 root key record")
	}
	r := rootKeyRecord{Created: time.Unix(0, int64(binary.BigEndian.Uint64(b[1:9]))).UTC()}
	n := int(b[9])
	b = b[10:]
	if n == 0 || len(b) < n+1 {
		return rootKeyRecord{}, errors.New("root key record truncated")
	}
	r.Key, b = b[:n:n], b[n:]
	n = int(b[0])
	b = b[1:]
	if len(b) < n {
		return rootKeyRecord{}, errors.New("root key record truncated")
	}
	r.Role, r.Label = string(b[:n]), string(b[n:])
	return r, nil
}

// RootKey describes one root key (never the secret itself).
type RootKey struct {
	// ID is the key ID in hex, as `cap revoke` takes it.
	ID      string    `json:"id"`
	Label   string    `json:"label"`
	Role    string    `json:"role,omitempty"` // set for role macaroons' keys
	Created time.Time `json:"created"`
}

func storeKey(id []byte) []byte {
	return []byte(rootKeyPrefix + hex.EncodeToString(id))
}

func (s *Service) loadKey(id []byte) (rootKeyRecord, error) {
	v, err := s.ns.Get(storeKey(id))
	if err != nil {
		return rootKeyRecord{}, err
	}
	rec, err := unmarshalRecord(v)
	if err != nil {
		return rootKeyRecord{}, fmt.Errorf("decode root key %x: %w", id, err)
	}
	return rec, nil
}

// newRootKey creates and stores a fresh random root key.
func (s *Service) newRootKey(ctx context.Context, label, role string) ([]byte, rootKeyRecord, error) {
	if err := ctx.Err(); err != nil {
		return nil, rootKeyRecord{}, err
	}
	rec := rootKeyRecord{Key: make([]byte, 32), Created: s.cfg.Now().UTC(), Label: label, Role: role}
	rand.Read(rec.Key)
	if len(label) > maxLabelLen {
		rec.Label = strings.ToValidUTF8(label[:maxLabelLen], "")
	}
	val := rec.marshal()
	id := make([]byte, keyIDLen)
	err := s.ns.Update(func(tx *storage.Tx) error {
		// 64 random bits collide only by accident of the RNG; retry anyway
		// rather than overwrite a live key.
		for range 4 {
			rand.Read(id)
			if _, err := tx.Get(storeKey(id)); errors.Is(err, storage.ErrNotFound) {
				return tx.Put(storeKey(id), val)
			} else if err != nil {
				return err
			}
		}
		return errors.New("root key ID collision")
	})
	if err != nil {
		return nil, rootKeyRecord{}, fmt.Errorf("store root key: %w", err)
	}
	s.log.Info("root key created", "root_key", hex.EncodeToString(id), "label", label, "role", role)
	return id, rec, nil
}

// RootKeys lists the live root keys, oldest first.
func (s *Service) RootKeys(ctx context.Context) ([]RootKey, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []RootKey
	err := s.ns.Iterate([]byte(rootKeyPrefix), func(k, v []byte) error {
		rec, err := unmarshalRecord(v)
		if err != nil {
			return fmt.Errorf("decode root key %s: %w", k, err)
		}
		out = append(out, RootKey{
			ID:      strings.TrimPrefix(string(k), rootKeyPrefix),
			Label:   rec.Label,
			Role:    rec.Role,
			Created: rec.Created,
		})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list root keys: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Created.Before(out[j].Created) })
	return out, nil
}

// parseKeyID reads a key ID as `cap revoke` is given it.
func parseKeyID(s string) ([]byte, error) {
	id, err := hex.DecodeString(s)
	if err != nil || len(id) < minKeyIDLen || len(id) > maxKeyIDLen {
		return nil, fmt.Errorf("%w: root key ID %s is not %d to %d bytes of hex", ErrBadRequest, quote(s), minKeyIDLen, maxKeyIDLen)
	}
	return id, nil
}

// Revoke deletes the root key rootKeyID (hex); every macaroon baked with it
// fails Check from then on with ErrUnknownKey. ErrNoSuchKey if it is gone.
func (s *Service) Revoke(ctx context.Context, rootKeyID string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	id, err := parseKeyID(rootKeyID)
	if err != nil {
		return err
	}
	err = s.ns.Update(func(tx *storage.Tx) error {
		if _, err := tx.Get(storeKey(id)); err != nil {
			return err
		}
		return tx.Delete(storeKey(id))
	})
	if errors.Is(err, storage.ErrNotFound) {
		return fmt.Errorf("revoke %s: %w", rootKeyID, ErrNoSuchKey)
	}
	if err != nil {
		return fmt.Errorf("revoke %s: %w", rootKeyID, err)
	}
	s.log.Info("root key revoked", "root_key", rootKeyID)
	return nil
}

// Rotate deletes every root key at once, so every macaroon ever baked
// stops working; it returns how many keys it deleted. The caller then
// writes fresh role macaroons with WriteRoleMacaroons.
func (s *Service) Rotate(ctx context.Context) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	n := 0
	err := s.ns.Update(func(tx *storage.Tx) error {
		var keys [][]byte
		if err := tx.Iterate([]byte(rootKeyPrefix), func(k, _ []byte) error {
			keys = append(keys, slices.Clone(k))
			return nil
		}); err != nil {
			return err
		}
		for _, k := range keys {
			if err := tx.Delete(k); err != nil {
				return err
			}
		}
		n = len(keys)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("rotate root keys: %w", err)
	}
	s.uses.reset()
	s.log.Info("root keys rotated", "deleted", n)
	return n, nil
}

// ---- baking ----

// BakeRequest says what a new macaroon may do. Zero fields add no caveat,
// except Ops, which must not be empty.
type BakeRequest struct {
	// Ops are the operations the macaroon grants; each must be Known.
	Ops []Op
	// Expires, if set, must be in the future.
	Expires time.Time
	// IP restricts the client address; for one address use
	// netip.PrefixFrom(addr, addr.BitLen()).
	IP netip.Prefix
	// UsesPerMinute caps the requests a minute (0: no cap).
	UsesPerMinute int
	// Proposal makes the macaroon valid only while that governance
	// proposal is executed on chain.
	Proposal string
	// RootKeyID bakes under an existing root key (hex), so that one Revoke
	// kills a family of macaroons. Empty: a new root key.
	RootKeyID string
	// Label names the new root key in RootKeys.
	Label string
}

// Baked is a freshly baked macaroon.
type Baked struct {
	// Macaroon is the binary (V2) encoding, what the macaroon files hold.
	Macaroon []byte
	// RootKeyID is the key it was baked with, for `cap revoke`.
	RootKeyID string
}

// Hex is the encoding the Header carries.
func (b Baked) Hex() string { return hex.EncodeToString(b.Macaroon) }

// conditions validates r and returns its caveats in the order baked.
func (r BakeRequest) conditions(now time.Time) ([]string, error) {
	if len(r.Ops) == 0 {
		return nil, fmt.Errorf("%w: no operations", ErrBadRequest)
	}
	var ops []Op
	for _, o := range r.Ops {
		if !o.Known() {
			return nil, fmt.Errorf("%w: unknown operation %s", ErrBadRequest, quote(string(o)))
		}
		if !slices.Contains(ops, o) {
			ops = append(ops, o)
		}
	}
	cavs := []Caveat{OpsCaveat(ops...)}
	if !r.Expires.IsZero() {
		if !r.Expires.After(now) {
			return nil, fmt.Errorf("%w: expiry %s is not in the future", ErrBadRequest, r.Expires.UTC().Format(time.RFC3339))
		}
		cavs = append(cavs, ExpiresCaveat(r.Expires))
	}
	if r.IP.IsValid() {
		cavs = append(cavs, IPCaveat(r.IP.Masked()))
	}
	if r.UsesPerMinute < 0 || r.UsesPerMinute > maxUses {
		return nil, fmt.Errorf("%w: uses per minute %d not in 0..%d", ErrBadRequest, r.UsesPerMinute, maxUses)
	}
	if r.UsesPerMinute > 0 {
		cavs = append(cavs, UsesCaveat(r.UsesPerMinute))
	}
	if r.Proposal != "" {
		cavs = append(cavs, ProposalCaveat(r.Proposal))
	}
	out := make([]string, len(cavs))
	for i, c := range cavs {
		out[i] = c.String()
		// What we bake must be what Check accepts.
		if _, err := ParseCaveat(out[i]); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadRequest, err)
		}
	}
	return out, nil
}

// Bake mints a macaroon for r.
func (s *Service) Bake(ctx context.Context, r BakeRequest) (Baked, error) {
	conds, err := r.conditions(s.cfg.Now())
	if err != nil {
		return Baked{}, err
	}
	var keyID []byte
	var rec rootKeyRecord
	if r.RootKeyID != "" {
		if keyID, err = parseKeyID(r.RootKeyID); err != nil {
			return Baked{}, err
		}
		rec, err = s.loadKey(keyID)
		if errors.Is(err, storage.ErrNotFound) {
			return Baked{}, fmt.Errorf("bake under %s: %w", r.RootKeyID, ErrNoSuchKey)
		}
		if err != nil {
			return Baked{}, fmt.Errorf("bake under %s: %w", r.RootKeyID, err)
		}
	} else {
		label := r.Label
		if label == "" {
			label = "baked: " + strings.Join(conds, " ")
		}
		if keyID, rec, err = s.newRootKey(ctx, label, ""); err != nil {
			return Baked{}, err
		}
	}
	b, err := s.bake(keyID, rec.Key, conds)
	if err != nil {
		return Baked{}, err
	}
	s.log.Info("macaroon baked", "root_key", b.RootKeyID, "caveats", len(conds))
	return b, nil
}

func (s *Service) bake(keyID, rootKey []byte, conds []string) (Baked, error) {
	nonce := make([]byte, nonceLen)
	rand.Read(nonce)
	m, err := macaroon.New(rootKey, encodeID(keyID, nonce), s.cfg.Location, macaroon.V2)
	if err != nil {
		return Baked{}, fmt.Errorf("bake: %w", err)
	}
	for _, c := range conds {
		if err := m.AddFirstPartyCaveat([]byte(c)); err != nil {
			return Baked{}, fmt.Errorf("bake: add caveat %q: %w", c, err)
		}
	}
	bin, err := m.MarshalBinary()
	if err != nil {
		return Baked{}, fmt.Errorf("bake: encode: %w", err)
	}
	return Baked{Macaroon: bin, RootKeyID: hex.EncodeToString(keyID)}, nil
}

// WriteRoleMacaroons bakes one macaroon per role into dir/<role>.macaroon
// (binary, mode 0600; dir is made mode 0700). Each role gets a new root
// key of its own, so revoking one role leaves the others working; the
// role's previous keys are deleted once its new file is in place, so the
// files on disk are always the live role macaroons.
func (s *Service) WriteRoleMacaroons(ctx context.Context, dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("role macaroons: %w", err)
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return fmt.Errorf("role macaroons: %w", err)
	}
	existing, err := s.RootKeys(ctx)
	if err != nil {
		return fmt.Errorf("role macaroons: %w", err)
	}
	for _, role := range roles {
		ops, err := RoleOps(role)
		if err != nil {
			return err
		}
		conds, err := BakeRequest{Ops: ops}.conditions(s.cfg.Now())
		if err != nil {
			return fmt.Errorf("role %s: %w", role, err)
		}
		keyID, rec, err := s.newRootKey(ctx, role+" role macaroon", role)
		if err != nil {
			return fmt.Errorf("role %s: %w", role, err)
		}
		b, err := s.bake(keyID, rec.Key, conds)
		if err != nil {
			return fmt.Errorf("role %s: %w", role, err)
		}
		path := filepath.Join(dir, role+".macaroon")
		if err := storage.WriteFile(path, b.Macaroon, 0o600); err != nil {
			return fmt.Errorf("role %s: %w", role, err)
		}
		for _, k := range existing {
			if k.Role != role {
				continue
			}
			if err := s.Revoke(ctx, k.ID); err != nil && !errors.Is(err, ErrNoSuchKey) {
				return fmt.Errorf("role %s: replace old key: %w", role, err)
			}
		}
		s.log.Info("role macaroon written", "role", role, "path", path, "root_key", b.RootKeyID)
	}
	return nil
}
