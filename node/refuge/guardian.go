package refuge

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"filippo.io/age"
	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node/refuge/pb"
	"github.com/x0tta6bl4/westworld/storage"
)

// GuardianKeyFile is the guardian's age identity inside the node's home.
const GuardianKeyFile = "refuge-guardian.key"

// Errors of the guardian identity file.
var (
	// ErrGuardianKeyExists is returned by GenerateIdentity when the file
	// exists and force is not set.
	ErrGuardianKeyExists = errors.New("guardian identity already exists (use --force to replace it; the shares it holds become unreadable)")
	// ErrNoGuardianKey is returned by LoadIdentity when the file is missing.
	ErrNoGuardianKey = errors.New("no guardian identity (run `westworld refuge guardian init`)")
)

// GenerateIdentity makes a new age X25519 identity and writes it to path
// (mode 0600, atomically) in age's identity file format.
func GenerateIdentity(path string, force bool, now time.Time) (*age.X25519Identity, error) {
	if _, err := os.Stat(path); err == nil && !force {
		return nil, fmt.Errorf("%s: %w", path, ErrGuardianKeyExists)
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# westworld refuge guardian identity\n# created: %s\n# public key: %s\n%s\n",
		now.UTC().Format(time.RFC3339), id.Recipient(), id)
	if err := storage.WriteFile(path, b.Bytes(), 0o600); err != nil {
		return nil, fmt.Errorf("write guardian identity: %w", err)
	}
	return id, nil
}

// LoadIdentity reads a guardian identity written by GenerateIdentity (or by
// age-keygen).
func LoadIdentity(path string) (*age.X25519Identity, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", path, ErrNoGuardianKey)
	}
	if err != nil {
		return nil, fmt.Errorf("read guardian identity: %w", err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("guardian identity %s is readable by others (mode %o); chmod 600 it", path, st.Mode().Perm())
	}
	ids, err := age.ParseIdentities(io.LimitReader(f, 64<<10))
	if err != nil {
		return nil, fmt.Errorf("guardian identity %s: %w", path, err)
	}
	for _, id := range ids {
		if x, ok := id.(*age.X25519Identity); ok {
			return x, nil
		}
	}
	return nil, fmt.Errorf("guardian identity %s: no X25519 identity in the file", path)
}

// encryptShare encrypts a share to a guardian's age recipient.
func encryptShare(sh Share, recipient string) ([]byte, error) {
	rcp, err := age.ParseX25519Recipient(recipient)
	if err != nil {
		return nil, err
	}
	plain, err := proto.Marshal(&pb.ShareSecret{Id: uint32(sh.ID), Value: sh.Value})
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, rcp)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(plain); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// decryptShare opens an encrypted share with a guardian identity.
func decryptShare(ct []byte, id *age.X25519Identity) (Share, error) {
	r, err := age.Decrypt(bytes.NewReader(ct), id)
	if err != nil {
		return Share{}, fmt.Errorf("decrypt share: %w", err)
	}
	plain, err := io.ReadAll(io.LimitReader(r, 4<<10))
	if err != nil {
		return Share{}, fmt.Errorf("decrypt share: %w", err)
	}
	var s pb.ShareSecret
	if err := proto.Unmarshal(plain, &s); err != nil {
		return Share{}, fmt.Errorf("decode share: %w", err)
	}
	return Share{ID: int(s.Id), Value: s.Value}, nil
}

// isGuardian reports whether this node holds a share of the manifest.
func (r *Refuge) isGuardian(e *entry) bool {
	return r.cfg.Identity != nil && e.m.GuardianIndex(r.self) >= 0
}

// errPermanent marks a share check failure that retrying cannot fix.
type errPermanent struct{ err error }

func (e errPermanent) Error() string { return e.err.Error() }
func (e errPermanent) Unwrap() error { return e.err }

// readShare fetches this guardian's encrypted share, decrypts it and
// verifies it against the manifest's commitments.
func (r *Refuge) readShare(ctx context.Context, e *entry) (Share, error) {
	idx := e.m.GuardianIndex(r.self)
	g := e.m.Guardians[idx]
	if mine := r.cfg.Identity.Recipient().String(); g.Recipient != mine {
		return Share{}, errPermanent{fmt.Errorf("listed as guardian %d with recipient %s, but this node's identity is %s", idx+1, g.Recipient, mine)}
	}
	if err := r.blocks.Pin(ctx, g.ShareCID, "refuge/guardian/"+e.m.ID+"/share"); err != nil {
		return Share{}, fmt.Errorf("fetch share: %w", err)
	}
	rd, err := r.blocks.Cat(ctx, g.ShareCID)
	if err != nil {
		return Share{}, fmt.Errorf("read share: %w", err)
	}
	ct, err := io.ReadAll(io.LimitReader(rd, 64<<10))
	rd.Close()
	if err != nil {
		return Share{}, fmt.Errorf("read share: %w", err)
	}
	sh, err := decryptShare(ct, r.cfg.Identity)
	if err != nil {
		return Share{}, errPermanent{err}
	}
	if sh.ID != idx+1 {
		return Share{}, errPermanent{fmt.Errorf("share has ID %d, guardian %d expected ID %d", sh.ID, idx+1, idx+1)}
	}
	if err := e.m.Commitments.Verify(sh); err != nil {
		return Share{}, errPermanent{err}
	}
	return sh, nil
}

// checkShareLater starts the guardian's share check of a manifest unless it
// is done, running, or waiting for a retry.
func (r *Refuge) checkShareLater(e *entry) {
	if !r.isGuardian(e) {
		return
	}
	id := e.m.ID
	r.mu.Lock()
	g := e.guardian
	busy := r.verifying[id]
	retry := r.retryAt[id]
	if busy || (g != nil && (g.Verified || g.Error != "")) || time.Now().Before(retry) {
		r.mu.Unlock()
		return
	}
	r.verifying[id] = true
	r.mu.Unlock()
	if !r.spawn(func(ctx context.Context) { r.checkShare(ctx, e) }) {
		r.mu.Lock()
		delete(r.verifying, id)
		r.mu.Unlock()
	}
}

// checkShare verifies this guardian's share and acknowledges it on the
// topic; a fetch failure is retried on the next check tick.
func (r *Refuge) checkShare(ctx context.Context, e *entry) {
	id := e.m.ID
	defer func() {
		r.mu.Lock()
		delete(r.verifying, id)
		r.mu.Unlock()
	}()
	idx := e.m.GuardianIndex(r.self)
	ctx, cancel := context.WithTimeout(ctx, r.cfg.ReplicaTimeout)
	defer cancel()
	_, err := r.readShare(ctx, e)
	var perm errPermanent
	switch {
	case errors.As(err, &perm):
		r.log.Error("guardian share unusable", "manifest", id, "guardian", idx+1, "err", err)
		r.setGuardianState(e, func(g *pb.GuardianState) { g.Error = err.Error() })
		return
	case err != nil:
		r.mu.Lock()
		r.retryAt[id] = time.Now().Add(r.cfg.CheckInterval)
		r.mu.Unlock()
		r.log.Warn("guardian share check failed; will retry", "manifest", id, "err", err)
		return
	}
	// Keep the manifest block too: one more copy for late readers.
	if c, err := ParseManifestID(id); err == nil {
		if err := r.blocks.Pin(ctx, c, "refuge/guardian/"+id+"/manifest"); err != nil {
			r.log.Debug("pin manifest", "manifest", id, "err", err)
		}
	}
	r.setGuardianState(e, func(g *pb.GuardianState) { g.Verified, g.Error = true, "" })
	if err := r.publishAck(ctx, e); err != nil {
		r.log.Warn("publish acknowledgement", "manifest", id, "err", err)
		return
	}
	r.log.Info("guardian share verified and acknowledged", "manifest", id, "guardian", idx+1)
}

// publishAck signs and publishes this guardian's acknowledgement.
func (r *Refuge) publishAck(ctx context.Context, e *entry) error {
	ack, err := NewGuardianAck(e.m.ID, e.m.GuardianIndex(r.self), r.now(), r.key)
	if err != nil {
		return err
	}
	return r.publishMsg(ctx, &pb.Message{Body: &pb.Message_Ack{Ack: ack}})
}

// setGuardianState updates and stores this guardian's state of a manifest.
func (r *Refuge) setGuardianState(e *entry, fn func(*pb.GuardianState)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	g := e.guardian
	if g == nil {
		g = &pb.GuardianState{Index: uint32(e.m.GuardianIndex(r.self))}
	} else {
		g = proto.Clone(g).(*pb.GuardianState)
	}
	fn(g)
	e.guardian = g
	if err := r.put([]byte(keyGuardian+e.m.ID), g); err != nil {
		r.log.Warn("store guardian state", "manifest", e.m.ID, "err", err)
	}
}

// retryGuardianChecks restarts share checks that failed for a transient
// reason (the share could not be fetched).
func (r *Refuge) retryGuardianChecks() {
	for _, e := range r.snapshot() {
		r.checkShareLater(e)
	}
}

// checkDeadlines releases this guardian's shares of manifests whose
// dead-man switch fired: no check-in for the manifest's dead-man duration.
// A node that has just started waits StartupGrace first, to hear the
// re-announced check-ins it missed while down.
func (r *Refuge) checkDeadlines() {
	now := r.now()
	r.mu.Lock()
	warm := now.Sub(r.started) >= r.cfg.StartupGrace
	r.mu.Unlock()
	for _, e := range r.snapshot() {
		if !r.isGuardian(e) {
			continue
		}
		r.mu.Lock()
		dl := e.deadline()
		released := e.guardian != nil && e.guardian.Released != nil
		busy := r.verifying["release/"+e.m.ID]
		r.mu.Unlock()
		if released || busy || dl.IsZero() || now.Before(dl) {
			continue
		}
		if !warm {
			r.log.Info("dead-man deadline passed; waiting for the startup grace before releasing", "manifest", e.m.ID,
				"deadline", dl, "grace", r.cfg.StartupGrace)
			continue
		}
		rel := &pb.Release{Reason: pb.Reason_REASON_DEAD_MAN, TimeUnixMs: now.UnixMilli()}
		r.noteRelease(e, rel)
		r.mu.Lock()
		r.verifying["release/"+e.m.ID] = true
		r.mu.Unlock()
		r.spawn(func(ctx context.Context) {
			defer func() {
				r.mu.Lock()
				delete(r.verifying, "release/"+e.m.ID)
				r.mu.Unlock()
			}()
			r.log.Warn("dead-man switch fired: releasing this guardian's share", "manifest", e.m.ID, "deadline", dl)
			if err := r.releaseShare(ctx, e, rel); err != nil {
				r.log.Error("release share", "manifest", e.m.ID, "err", err)
			}
		})
	}
}

// releaseShare publishes this guardian's share and records that it did.
func (r *Refuge) releaseShare(ctx context.Context, e *entry, rel *pb.Release) error {
	r.mu.Lock()
	done := e.guardian != nil && e.guardian.Released != nil
	r.mu.Unlock()
	if done {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, r.cfg.ReplicaTimeout)
	defer cancel()
	if err := r.publishShare(ctx, e, rel.Reason, rel.ProposalId); err != nil {
		return err
	}
	r.setGuardianState(e, func(g *pb.GuardianState) {
		g.Verified, g.Error = true, ""
		g.Released = rel
	})
	r.log.Info("guardian share released", "manifest", e.m.ID, "reason", reasonName(rel.Reason), "proposal", rel.ProposalId)
	return nil
}

// publishShare reads, verifies and publishes this guardian's share.
func (r *Refuge) publishShare(ctx context.Context, e *entry, reason pb.Reason, proposal string) error {
	sh, err := r.readShare(ctx, e)
	if err != nil {
		return err
	}
	msg, err := NewReleaseShare(e.m.ID, sh, reason, proposal, r.now(), r.key)
	if err != nil {
		return err
	}
	return r.publishMsg(ctx, &pb.Message{Body: &pb.Message_Share{Share: msg}})
}

func reasonName(r pb.Reason) string {
	switch r {
	case pb.Reason_REASON_DEAD_MAN:
		return "dead-man"
	case pb.Reason_REASON_PUBLISHER:
		return "publisher"
	case pb.Reason_REASON_PROPOSAL:
		return "proposal"
	}
	return strings.ToLower(r.String())
}
