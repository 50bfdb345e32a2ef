// Package refuge publishes documents so that no single party can reveal
// them, and a threshold of guardians can.
//
// A publisher's node strips identifying metadata from the document, encrypts
// it with age's streaming format under a fresh document key, stores the
// ciphertext in the embedded IPFS and asks R peers to replicate it over
// /westworld/refuge/pin/1.0.0. The document secret is split t-of-n with
// Feldman-verifiable Shamir sharing (cloudflare/circl, ristretto255); each
// share is encrypted to one guardian's age X25519 recipient and stored in
// IPFS. A manifest names all of it, is signed with a key made for it, and is
// announced on westworld/refuge/1. Guardians verify their shares and
// acknowledge. When the publisher stops checking in (dead-man switch), asks
// for release, or an executed emergency proposal names the manifest,
// guardians publish their shares; every node verifies each share against
// the commitments and, with threshold valid ones, can decrypt.
//
// The publisher's node does not keep the document key: after a publish it
// holds only the ciphertext and the check-in key.
package refuge

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"time"

	"filippo.io/age"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node/refuge/pb"
	"github.com/x0tta6bl4/westworld/p2p"
	"github.com/x0tta6bl4/westworld/storage"
	"github.com/x0tta6bl4/westworld/storage/ipfs"
)

// Sentinel errors callers branch on.
var (
	// ErrUnknownManifest is returned for a manifest ID this node has not
	// seen and could not fetch.
	ErrUnknownManifest = errors.New("unknown manifest")
	// ErrNoGuardians is returned by Publish when no guardians are configured.
	ErrNoGuardians = errors.New("no guardians configured (refuge.guardians in config.yaml)")
	// ErrNotPublisher is returned by Checkin and Release on a node that did
	// not publish the manifest: only the publisher's node holds its
	// check-in key.
	ErrNotPublisher = errors.New("this node did not publish the manifest and does not hold its check-in key")
	// ErrNoEmergency is returned by ReleaseByProposal for a manifest whose
	// policy does not allow emergency release.
	ErrNoEmergency = errors.New("the manifest's release policy does not allow emergency release")
	// ErrNotStarted is returned before Start and after Close.
	ErrNotStarted = errors.New("refuge: not started")
)

// Topic is the gossip topic of refuge messages.
const Topic = p2p.TopicRefuge

// Gossip is what refuge needs of gossipsub.
type Gossip interface {
	Publish(ctx context.Context, topic string, data []byte, minPeers int) error
	SetValidator(topic string, v p2p.Validator) error
	Handle(topic string, fn p2p.Handler) error
}

// Blocks is what refuge needs of the embedded IPFS.
type Blocks interface {
	Add(ctx context.Context, r io.Reader, opts ipfs.AddOptions) (cid.Cid, error)
	Cat(ctx context.Context, c cid.Cid) (*ipfs.Reader, error)
	Pin(ctx context.Context, c cid.Cid, name string) error
	Unpin(ctx context.Context, c cid.Cid) error
	Pins(ctx context.Context) ([]ipfs.PinInfo, error)
	Stat(ctx context.Context, c cid.Cid) (ipfs.Stat, error)
}

// Config configures refuge.
type Config struct {
	// Guardians is the guardian set new publishes split the key among.
	Guardians []GuardianInfo
	// Threshold is the default number of shares that release a document.
	Threshold int
	// Replicas is the default number of peers asked to pin a publish.
	Replicas int
	// DeadMan is the default dead-man duration; 0 disables it by default.
	DeadMan time.Duration
	// Emergency lets an executed emergency proposal release new publishes.
	Emergency bool
	// ReplicaTimeout bounds the wait for replicas during a publish, and a
	// replica's fetch when it serves a request.
	ReplicaTimeout time.Duration
	// AcceptReplicas makes this node pin what peers ask it to.
	AcceptReplicas bool
	// MaxReplicaBytes is the largest ciphertext this node replicates.
	MaxReplicaBytes int64
	// AnnounceInterval is how often the publisher re-announces its
	// manifests (with the latest check-in) and guardians re-publish
	// released shares, for nodes that were away.
	AnnounceInterval time.Duration
	// CheckInterval is how often guardians look at dead-man deadlines.
	CheckInterval time.Duration
	// StartupGrace is how long a guardian waits after starting before a
	// dead-man release, so that it first hears re-announced check-ins it
	// missed while it was down. 0 means AnnounceInterval.
	StartupGrace time.Duration
	// Identity is this node's guardian identity; nil if it is no guardian.
	Identity *age.X25519Identity
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

func (c *Config) defaults() {
	if c.Threshold == 0 {
		c.Threshold = 3
	}
	if c.ReplicaTimeout <= 0 {
		c.ReplicaTimeout = 2 * time.Minute
	}
	if c.MaxReplicaBytes <= 0 {
		c.MaxReplicaBytes = 1 << 30
	}
	if c.AnnounceInterval <= 0 {
		c.AnnounceInterval = 10 * time.Minute
	}
	if c.CheckInterval <= 0 {
		c.CheckInterval = time.Minute
	}
	if c.StartupGrace <= 0 {
		c.StartupGrace = c.AnnounceInterval
	}
	if c.Now == nil {
		c.Now = time.Now
	}
}

// Refuge is the refuge component of a node.
type Refuge struct {
	cfg    Config
	host   host.Host
	key    crypto.PrivKey
	self   peer.ID
	gossip Gossip
	blocks Blocks
	ns     *storage.Namespace
	log    *slog.Logger

	mu      sync.Mutex
	entries map[string]*entry
	started time.Time
	ctx     context.Context
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	// verifying holds manifests whose guardian share check is running.
	verifying map[string]bool
	// retryAt delays the next guardian share check after a failure.
	retryAt map[string]time.Time
	// replicating holds own publishes whose background replication runs.
	replicating map[string]bool
}

// entry is what this node knows about one manifest.
type entry struct {
	m        *Manifest
	seen     time.Time
	checkin  *pb.Checkin
	acks     map[int]*pb.GuardianAck
	shares   map[int]*pb.ReleaseShare
	rejected map[int]*pb.RejectedShare
	release  *pb.Release
	guardian *pb.GuardianState
	publish  *pb.PublishRecord
	replica  *pb.PinAck
}

// lastAlive is the last time the publisher showed life: its latest valid
// check-in, or the manifest's creation.
func (e *entry) lastAlive() time.Time {
	t := e.m.Created
	if e.checkin != nil {
		if c := time.UnixMilli(e.checkin.TimeUnixMs); c.After(t) {
			t = c
		}
	}
	return t
}

// deadline is when the dead-man switch fires; zero when it is off.
func (e *entry) deadline() time.Time {
	if e.m.DeadMan <= 0 {
		return time.Time{}
	}
	return e.lastAlive().Add(e.m.DeadMan)
}

// New prepares refuge on host h, signing with the node's key, over gossip g
// and the embedded IPFS b, keeping its records in ns.
func New(cfg Config, h host.Host, key crypto.PrivKey, g Gossip, b Blocks, ns *storage.Namespace, log *slog.Logger) (*Refuge, error) {
	if h == nil || key == nil || g == nil || b == nil || ns == nil {
		return nil, errors.New("refuge: host, key, gossip, ipfs and store are required")
	}
	cfg.defaults()
	if len(cfg.Guardians) > MaxGuardians {
		return nil, fmt.Errorf("refuge: %d guardians configured, at most %d", len(cfg.Guardians), MaxGuardians)
	}
	for i, g := range cfg.Guardians {
		if _, err := age.ParseX25519Recipient(g.Recipient); err != nil {
			return nil, fmt.Errorf("refuge: guardian %d: %w", i+1, err)
		}
		if _, err := g.PeerID.ExtractPublicKey(); err != nil {
			return nil, fmt.Errorf("refuge: guardian %d: peer ID %s does not embed its key", i+1, g.PeerID)
		}
	}
	self, err := peer.IDFromPrivateKey(key)
	if err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.Default()
	}
	return &Refuge{
		cfg: cfg, host: h, key: key, self: self, gossip: g, blocks: b, ns: ns,
		log:         log.With("component", "refuge"),
		entries:     map[string]*entry{},
		verifying:   map[string]bool{},
		retryAt:     map[string]time.Time{},
		replicating: map[string]bool{},
	}, nil
}

// Start loads the records, removes the pins of publishes that never
// completed (a crash mid-publish), installs the gossip validator and
// handler and the pin protocol, and starts the background loop.
func (r *Refuge) Start(ctx context.Context) (err error) {
	r.mu.Lock()
	if r.ctx != nil {
		r.mu.Unlock()
		return errors.New("refuge: already started")
	}
	r.ctx, r.cancel = context.WithCancel(context.WithoutCancel(ctx))
	r.started = r.cfg.Now()
	r.mu.Unlock()
	defer func() {
		if err != nil {
			r.Close()
		}
	}()
	if err := r.load(); err != nil {
		return fmt.Errorf("load refuge records: %w", err)
	}
	if err := r.sweepOrphans(ctx); err != nil {
		return fmt.Errorf("remove pins of incomplete publishes: %w", err)
	}
	if err := r.gossip.SetValidator(Topic, r.validate); err != nil {
		return err
	}
	if err := r.gossip.Handle(Topic, r.handle); err != nil {
		return err
	}
	r.host.SetStreamHandler(PinProtocol, r.servePin)
	r.wg.Add(1)
	go r.loop()
	r.log.Info("refuge started", "manifests", len(r.entries), "guardian", r.cfg.Identity != nil,
		"guardians", len(r.cfg.Guardians), "accept_replicas", r.cfg.AcceptReplicas)
	return nil
}

// Close stops the background work and the pin protocol. Messages that
// arrive afterwards are dropped.
func (r *Refuge) Close() error {
	r.mu.Lock()
	cancel := r.cancel
	if cancel != nil {
		// Under the lock: once cancelled, track admits no new goroutine, so
		// the Wait below cannot race an Add.
		cancel()
	}
	r.mu.Unlock()
	if cancel == nil {
		return nil
	}
	r.host.RemoveStreamHandler(PinProtocol)
	r.wg.Wait()
	return nil
}

func (r *Refuge) now() time.Time { return r.cfg.Now() }

// running returns the component's context, or ErrNotStarted.
func (r *Refuge) running() (context.Context, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ctx == nil || r.ctx.Err() != nil {
		return nil, ErrNotStarted
	}
	return r.ctx, nil
}

// track registers a goroutine (or a stream handler) that Close must wait
// for; false once Close began. The caller calls r.wg.Done.
func (r *Refuge) track() (context.Context, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ctx == nil || r.ctx.Err() != nil {
		return nil, false
	}
	r.wg.Add(1)
	return r.ctx, true
}

// spawn runs fn in a goroutine the component owns (stopped by Close).
func (r *Refuge) spawn(fn func(ctx context.Context)) bool {
	ctx, ok := r.track()
	if !ok {
		return false
	}
	go func() {
		defer r.wg.Done()
		fn(ctx)
	}()
	return true
}

// Badger keys, under the refuge prefix.
const (
	keyManifest = "m/" // KnownManifest by ID
	keyCheckin  = "c/" // latest Checkin by ID
	keyAck      = "a/" // GuardianAck by ID/index
	keyShare    = "s/" // ReleaseShare by ID/index
	keyRejected = "x/" // RejectedShare by ID/index
	keyRelease  = "r/" // Release by ID
	keyGuardian = "g/" // GuardianState by ID
	keyPublish  = "p/" // PublishRecord by ID
	keyReplica  = "k/" // PinAck this node gave, by ID
)

func idxKey(prefix, id string, i int) []byte { return fmt.Appendf(nil, "%s%s/%03d", prefix, id, i) }

func (r *Refuge) put(key []byte, m proto.Message) error {
	b, err := proto.Marshal(m)
	if err != nil {
		return err
	}
	return r.ns.Put(key, b)
}

// load reads every record into memory.
func (r *Refuge) load() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.now()
	err := r.ns.Iterate([]byte(keyManifest), func(k, v []byte) error {
		var km pb.KnownManifest
		if err := proto.Unmarshal(v, &km); err != nil {
			return fmt.Errorf("record %s: %w", k, err)
		}
		signed, err := proto.MarshalOptions{Deterministic: true}.Marshal(km.Manifest)
		if err != nil {
			return err
		}
		m, err := DecodeManifest(signed, now.Add(100*365*24*time.Hour))
		if err != nil {
			return fmt.Errorf("record %s: %w", k, err)
		}
		r.entries[m.ID] = newEntry(m, time.UnixMilli(km.FirstSeenUnixMs))
		return nil
	})
	if err != nil {
		return err
	}
	each := func(prefix string, msg func() proto.Message, apply func(e *entry, idx int, m proto.Message)) error {
		return r.ns.Iterate([]byte(prefix), func(k, v []byte) error {
			rest := strings.TrimPrefix(string(k), prefix)
			id, idxs, _ := strings.Cut(rest, "/")
			e := r.entries[id]
			if e == nil {
				return nil // a record of a manifest we no longer have
			}
			m := msg()
			if err := proto.Unmarshal(v, m); err != nil {
				return fmt.Errorf("record %s: %w", k, err)
			}
			idx := 0
			fmt.Sscanf(idxs, "%d", &idx)
			apply(e, idx, m)
			return nil
		})
	}
	steps := []error{
		each(keyCheckin, func() proto.Message { return &pb.Checkin{} }, func(e *entry, _ int, m proto.Message) { e.checkin = m.(*pb.Checkin) }),
		each(keyAck, func() proto.Message { return &pb.GuardianAck{} }, func(e *entry, i int, m proto.Message) { e.acks[i] = m.(*pb.GuardianAck) }),
		each(keyShare, func() proto.Message { return &pb.ReleaseShare{} }, func(e *entry, i int, m proto.Message) { e.shares[i] = m.(*pb.ReleaseShare) }),
		each(keyRejected, func() proto.Message { return &pb.RejectedShare{} }, func(e *entry, i int, m proto.Message) { e.rejected[i] = m.(*pb.RejectedShare) }),
		each(keyRelease, func() proto.Message { return &pb.Release{} }, func(e *entry, _ int, m proto.Message) { e.release = m.(*pb.Release) }),
		each(keyGuardian, func() proto.Message { return &pb.GuardianState{} }, func(e *entry, _ int, m proto.Message) { e.guardian = m.(*pb.GuardianState) }),
		each(keyPublish, func() proto.Message { return &pb.PublishRecord{} }, func(e *entry, _ int, m proto.Message) { e.publish = m.(*pb.PublishRecord) }),
		each(keyReplica, func() proto.Message { return &pb.PinAck{} }, func(e *entry, _ int, m proto.Message) { e.replica = m.(*pb.PinAck) }),
	}
	return errors.Join(steps...)
}

func newEntry(m *Manifest, seen time.Time) *entry {
	return &entry{m: m, seen: seen, acks: map[int]*pb.GuardianAck{}, shares: map[int]*pb.ReleaseShare{},
		rejected: map[int]*pb.RejectedShare{}}
}

// pinPrefix names the pins of a publish in progress or complete; a pin
// with this prefix whose tag no publish record names is an orphan.
const pinPrefix = "refuge/publish/"

// sweepOrphans unpins the blocks of publishes that never wrote their record
// (the process died mid-publish), so the next GC can free them. They were
// never listed.
func (r *Refuge) sweepOrphans(ctx context.Context) error {
	pins, err := r.blocks.Pins(ctx)
	if err != nil {
		return err
	}
	tags := map[string]bool{}
	r.mu.Lock()
	for _, e := range r.entries {
		if e.publish != nil {
			tags[e.publish.PinTag] = true
		}
	}
	r.mu.Unlock()
	for _, p := range pins {
		rest, ok := strings.CutPrefix(p.Name, pinPrefix)
		if !ok {
			continue
		}
		tag, _, _ := strings.Cut(rest, "/")
		if tags[tag] {
			continue
		}
		if err := r.blocks.Unpin(ctx, p.Cid); err != nil && !errors.Is(err, ipfs.ErrNotPinned) {
			return err
		}
		r.log.Warn("unpinned a block of an incomplete publish", "cid", p.Cid, "pin", p.Name)
	}
	return nil
}

// entry returns the entry of id, or nil.
func (r *Refuge) entry(id string) *entry {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.entries[id]
}

// learn records a verified manifest (once) and returns its entry.
func (r *Refuge) learn(m *Manifest) (*entry, bool, error) {
	r.mu.Lock()
	if e, ok := r.entries[m.ID]; ok {
		r.mu.Unlock()
		return e, false, nil
	}
	e := newEntry(m, r.now())
	r.entries[m.ID] = e
	r.mu.Unlock()
	var sm pb.SignedManifest
	if err := proto.Unmarshal(m.Signed, &sm); err != nil {
		return nil, false, err
	}
	if err := r.put([]byte(keyManifest+m.ID), &pb.KnownManifest{Manifest: &sm, FirstSeenUnixMs: e.seen.UnixMilli()}); err != nil {
		return nil, false, fmt.Errorf("store manifest %s: %w", m.ID, err)
	}
	return e, true, nil
}

// manifest returns the entry of id, fetching and verifying the manifest
// from IPFS if this node has not seen it.
func (r *Refuge) manifest(ctx context.Context, id string) (*entry, error) {
	if _, err := ParseManifestID(id); err != nil {
		return nil, err
	}
	if e := r.entry(id); e != nil {
		return e, nil
	}
	c, _ := ParseManifestID(id)
	fctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	rd, err := r.blocks.Cat(fctx, c)
	if err != nil {
		return nil, fmt.Errorf("%w %s: not known here and not found in IPFS: %v", ErrUnknownManifest, id, err)
	}
	defer rd.Close()
	signed, err := io.ReadAll(io.LimitReader(rd, MaxManifestSize+1))
	if err != nil {
		return nil, fmt.Errorf("%w %s: %v", ErrUnknownManifest, id, err)
	}
	m, err := DecodeManifest(signed, r.now())
	if err != nil {
		return nil, err
	}
	if m.ID != id {
		return nil, fmt.Errorf("%w: block %s holds manifest %s", ErrBadManifest, id, m.ID)
	}
	e, _, err := r.learn(m)
	return e, err
}

// publishMsg sends a refuge message on the topic.
func (r *Refuge) publishMsg(ctx context.Context, m *pb.Message) error {
	b, err := EncodeMessage(m)
	if err != nil {
		return err
	}
	return r.gossip.Publish(ctx, Topic, b, 0)
}

// loop runs the periodic work: dead-man checks, retries of guardian share
// checks, re-announcements and background replication.
func (r *Refuge) loop() {
	defer r.wg.Done()
	check := time.NewTicker(r.cfg.CheckInterval)
	defer check.Stop()
	announce := time.NewTicker(r.cfg.AnnounceInterval)
	defer announce.Stop()
	for {
		select {
		case <-r.ctx.Done():
			return
		case <-check.C:
			r.checkDeadlines()
			r.retryGuardianChecks()
		case <-announce.C:
			r.reannounce()
		}
	}
}

// snapshot returns the entries, for iteration without the lock.
func (r *Refuge) snapshot() []*entry {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]*entry, 0, len(r.entries))
	for _, e := range r.entries {
		out = append(out, e)
	}
	return out
}

// reannounce publishes this node's manifests again with their latest
// check-ins, re-publishes shares this guardian released, and retries
// replication of publishes short of their replicas.
func (r *Refuge) reannounce() {
	ctx := r.ctx
	for _, e := range r.snapshot() {
		r.mu.Lock()
		pub, g, checkin := e.publish, e.guardian, e.checkin
		var need int
		if pub != nil {
			need = int(pub.ReplicasWanted) - len(pub.Replicas)
		}
		r.mu.Unlock()
		if pub != nil {
			var sm pb.SignedManifest
			if err := proto.Unmarshal(e.m.Signed, &sm); err == nil {
				if err := r.publishMsg(ctx, &pb.Message{Body: &pb.Message_Announce{Announce: &pb.Announce{Manifest: &sm, LatestCheckin: checkin}}}); err != nil {
					r.log.Debug("re-announce", "manifest", e.m.ID, "err", err)
				}
			}
			if need > 0 {
				r.replicateLater(e)
			}
		}
		switch {
		case g != nil && g.Released != nil && r.now().Sub(time.UnixMilli(g.Released.TimeUnixMs)) < sharesRepublishedFor:
			if err := r.publishShare(ctx, e, g.Released.Reason, g.Released.ProposalId); err != nil {
				r.log.Warn("re-publish share", "manifest", e.m.ID, "err", err)
			}
		case g != nil && g.Verified && r.isGuardian(e):
			// An acknowledgement can overtake the announcement it answers
			// (a replica verifies as soon as it has the manifest); say it
			// again for nodes that dropped it.
			if err := r.publishAck(ctx, e); err != nil {
				r.log.Debug("re-publish acknowledgement", "manifest", e.m.ID, "err", err)
			}
		}
	}
}

// sharesRepublishedFor is how long after a release a guardian keeps
// re-publishing its share for nodes that were away.
const sharesRepublishedFor = 30 * 24 * time.Hour

// checkinKey returns the check-in key of a manifest this node published.
func (e *entry) checkinKey() (ed25519.PrivateKey, error) {
	if e.publish == nil || len(e.publish.CheckinSeed) != ed25519.SeedSize {
		return nil, fmt.Errorf("%s: %w", e.m.ID, ErrNotPublisher)
	}
	return ed25519.NewKeyFromSeed(e.publish.CheckinSeed), nil
}

// Checkin proves the publisher alive: it signs a check-in with the
// manifest's key and gossips it, postponing the dead-man release.
func (r *Refuge) Checkin(ctx context.Context, id string) (time.Time, error) {
	if _, err := r.running(); err != nil {
		return time.Time{}, err
	}
	e := r.entry(id)
	if e == nil {
		return time.Time{}, fmt.Errorf("%s: %w", id, ErrUnknownManifest)
	}
	r.mu.Lock()
	key, err := e.checkinKey()
	r.mu.Unlock()
	if err != nil {
		return time.Time{}, err
	}
	c := NewCheckin(id, r.now(), key)
	if err := VerifyCheckin(e.m, c, r.now()); err != nil {
		return time.Time{}, err
	}
	if err := r.publishMsg(ctx, &pb.Message{Body: &pb.Message_Checkin{Checkin: c}}); err != nil {
		return time.Time{}, fmt.Errorf("gossip check-in: %w", err)
	}
	// Our own message reaches our handler too; apply it here as well so the
	// caller sees it at once.
	r.applyCheckin(e, c)
	r.mu.Lock()
	dl := e.deadline()
	r.mu.Unlock()
	return dl, nil
}

// Release is the publisher asking guardians to release now.
func (r *Refuge) Release(ctx context.Context, id string) error {
	if _, err := r.running(); err != nil {
		return err
	}
	e := r.entry(id)
	if e == nil {
		return fmt.Errorf("%s: %w", id, ErrUnknownManifest)
	}
	r.mu.Lock()
	key, err := e.checkinKey()
	r.mu.Unlock()
	if err != nil {
		return err
	}
	req := NewReleaseRequest(id, r.now(), key)
	if err := r.publishMsg(ctx, &pb.Message{Body: &pb.Message_Release{Release: req}}); err != nil {
		return fmt.Errorf("gossip release request: %w", err)
	}
	r.noteRelease(e, &pb.Release{Reason: pb.Reason_REASON_PUBLISHER, TimeUnixMs: r.now().UnixMilli()})
	return nil
}

// ReleaseByProposal releases a manifest because an emergency proposal that
// names it was executed on chain (the governance glue calls it on every
// node). A guardian publishes its share; any node records the release.
func (r *Refuge) ReleaseByProposal(ctx context.Context, manifestID, proposalID string) error {
	if _, err := r.running(); err != nil {
		return err
	}
	if proposalID == "" {
		return errors.New("release by proposal: no proposal ID")
	}
	e, err := r.manifest(ctx, manifestID)
	if err != nil {
		return err
	}
	if !e.m.Emergency {
		return fmt.Errorf("%s: %w", manifestID, ErrNoEmergency)
	}
	rel := &pb.Release{Reason: pb.Reason_REASON_PROPOSAL, ProposalId: proposalID, TimeUnixMs: r.now().UnixMilli()}
	r.noteRelease(e, rel)
	if r.isGuardian(e) {
		return r.releaseShare(ctx, e, rel)
	}
	return nil
}

// noteRelease records the first reason this node saw for a release.
func (r *Refuge) noteRelease(e *entry, rel *pb.Release) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if e.release != nil {
		return
	}
	e.release = rel
	if err := r.put([]byte(keyRelease+e.m.ID), rel); err != nil {
		r.log.Warn("store release", "manifest", e.m.ID, "err", err)
	}
}

// applyCheckin keeps the newest valid check-in. Verification refused any
// dated more than maxClockSkew ahead, so a publisher's fast clock stretches
// the switch by at most that.
func (r *Refuge) applyCheckin(e *entry, c *pb.Checkin) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if e.checkin != nil && e.checkin.TimeUnixMs >= c.TimeUnixMs {
		return
	}
	e.checkin = c
	if err := r.put([]byte(keyCheckin+e.m.ID), c); err != nil {
		r.log.Warn("store check-in", "manifest", e.m.ID, "err", err)
	}
}

func protoDeterministic(m proto.Message) ([]byte, error) {
	return proto.MarshalOptions{Deterministic: true}.Marshal(m)
}
