package refuge

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"

	"github.com/x0tta6bl4/westworld/node/refuge/pb"
	"github.com/x0tta6bl4/westworld/storage"
	"github.com/x0tta6bl4/westworld/storage/ipfs"
)

// Special values of PublishOptions.
const (
	// NoDeadMan turns the dead-man switch off for a publish.
	NoDeadMan time.Duration = -1
	// NoReplicas asks no peer to replicate a publish.
	NoReplicas = -1
)

// PublishOptions tunes one publish; zero values take the configured
// defaults.
type PublishOptions struct {
	// Threshold is how many guardian shares release the document.
	Threshold int
	// DeadMan is how long without a check-in releases it; NoDeadMan: never.
	DeadMan time.Duration
	// Replicas is how many peers must acknowledge a copy; NoReplicas: none.
	Replicas int
	// Progress, if set, is called as the publish advances.
	Progress func(PublishProgress)
}

// PublishProgress is one step of a publish.
type PublishProgress struct {
	// Phase is "encrypting" (Bytes of the document read so far),
	// "sharing", or "replicating" (Acks of Wanted replicas).
	Phase  string `json:"phase"`
	Bytes  int64  `json:"bytes,omitempty"`
	Acks   int    `json:"acks,omitempty"`
	Wanted int    `json:"wanted,omitempty"`
}

// PublishResult describes a completed publish.
type PublishResult struct {
	ID             string         `json:"id"`
	Ciphertext     string         `json:"ciphertext_cid"`
	CiphertextSize int64          `json:"ciphertext_size"`
	PlaintextSize  int64          `json:"plaintext_size"`
	Threshold      int            `json:"threshold"`
	Guardians      int            `json:"guardians"`
	DeadMan        string         `json:"dead_man"`
	Replicas       []string       `json:"replicas"`
	ReplicasWanted int            `json:"replicas_wanted"`
	Metadata       MetadataReport `json:"metadata"`
	Warnings       []string       `json:"warnings,omitempty"`
	Took           time.Duration  `json:"took_ns"`
}

// Publish strips, encrypts and stores the document read from src, splits
// its key among the configured guardians, asks peers to replicate it,
// records it, and announces its manifest. Until the record is written
// nothing is listed: a crash before leaves only pins named after the
// publish, which the next Start removes.
func (r *Refuge) Publish(ctx context.Context, src io.Reader, opts PublishOptions) (*PublishResult, error) {
	if _, err := r.running(); err != nil {
		return nil, err
	}
	start := time.Now()
	guardians, defThreshold := r.Guardians()
	n := len(guardians)
	if n == 0 {
		return nil, ErrNoGuardians
	}
	t := opts.Threshold
	if t == 0 {
		t = defThreshold
	}
	if t < 1 || t > n {
		return nil, fmt.Errorf("threshold %d with %d configured guardians: %w", t, n, ErrBadThreshold)
	}
	deadMan := opts.DeadMan
	switch {
	case deadMan == 0:
		deadMan = r.cfg.DeadMan
	case deadMan == NoDeadMan:
		deadMan = 0
	case deadMan < time.Minute:
		return nil, fmt.Errorf("dead-man duration %s is below the 1m minimum", deadMan)
	}
	want := opts.Replicas
	switch {
	case want == 0:
		want = r.cfg.Replicas
	case want == NoReplicas:
		want = 0
	case want < 0:
		return nil, fmt.Errorf("replicas %d: must be zero or more", want)
	}
	progress := opts.Progress
	if progress == nil {
		progress = func(PublishProgress) {}
	}

	tagb := make([]byte, 8)
	rand.Read(tagb)
	tag := hex.EncodeToString(tagb)
	pins := &pinSet{blocks: r.blocks}
	ok := false
	defer func() {
		if !ok {
			pins.undo()
		}
	}()
	name := func(what string) string { return pinPrefix + tag + "/" + what }

	// 1. Strip, encrypt and import, as one stream.
	secret := NewSecret()
	key := secret.Key()
	defer clear(key)
	ct, plainSize, ctSize, report, err := r.encryptAndAdd(ctx, src, key, name("ciphertext"), pins, func(b int64) {
		progress(PublishProgress{Phase: "encrypting", Bytes: b})
	})
	if err != nil {
		return nil, err
	}

	tEncrypted := time.Now()

	// 2. Split the secret and store each share encrypted to its guardian.
	progress(PublishProgress{Phase: "sharing"})
	shares, comm, err := secret.Split(t, n)
	if err != nil {
		return nil, err
	}
	pm := &pb.Manifest{
		Version:        ManifestVersion,
		CiphertextCid:  ct.Bytes(),
		CiphertextSize: uint64(ctSize),
		PlaintextSize:  uint64(plainSize),
		Threshold:      uint32(t),
		Commitments:    comm,
		Policy:         &pb.ReleasePolicy{DeadManMs: deadMan.Milliseconds(), Emergency: r.cfg.Emergency},
		CreatedUnixMs:  r.now().UnixMilli(),
		Group:          GroupName,
		Cipher:         CipherName,
	}
	for i, g := range guardians {
		enc, err := encryptShare(shares[i], g.Recipient)
		if err != nil {
			return nil, fmt.Errorf("encrypt share %d: %w", i+1, err)
		}
		sc, err := r.add(ctx, enc, name(fmt.Sprintf("share-%d", i+1)), pins)
		if err != nil {
			return nil, fmt.Errorf("store share %d: %w", i+1, err)
		}
		pm.Guardians = append(pm.Guardians, &pb.Guardian{PeerId: []byte(g.PeerID), Recipient: g.Recipient,
			EthAddress: g.EthAddress, ShareCid: sc.Bytes()})
	}
	for i := range shares {
		clear(shares[i].Value)
	}

	// 3. The manifest, signed with a key made for it.
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	pm.CheckinKey = pub
	signed, err := signManifest(pm, priv)
	if err != nil {
		return nil, err
	}
	m, err := DecodeManifest(signed, r.now())
	if err != nil {
		return nil, fmt.Errorf("own manifest: %w", err)
	}
	mc, err := r.add(ctx, signed, name("manifest"), pins)
	if err != nil {
		return nil, fmt.Errorf("store manifest: %w", err)
	}
	if mc.String() != m.ID {
		return nil, fmt.Errorf("manifest stored as %s, expected the raw block %s", mc, m.ID)
	}

	tStored := time.Now()

	// 4. Replicas.
	var acks []*pb.PinAck
	if want > 0 {
		rctx, cancel := context.WithTimeout(ctx, r.cfg.ReplicaTimeout)
		acks = r.replicate(rctx, m, want, nil, func(a, w int) {
			progress(PublishProgress{Phase: "replicating", Acks: a, Wanted: w})
		})
		cancel()
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("publish: %w", err)
		}
	}

	tReplicated := time.Now()

	// 5. The record, last and in one transaction: from here on the publish
	// is listed, complete.
	var sm pb.SignedManifest
	if err := proto.Unmarshal(signed, &sm); err != nil {
		return nil, err
	}
	now := r.now()
	rec := &pb.PublishRecord{
		ManifestId: m.ID, Manifest: &sm, CheckinSeed: priv.Seed(), PinTag: tag,
		Replicas: acks, ReplicasWanted: uint32(want), PublishedUnixMs: now.UnixMilli(),
		Metadata: &pb.MetadataReport{Format: report.Format, Cleaned: report.Cleaned, Removed: report.Removed, Warning: report.Warning},
	}
	known := &pb.KnownManifest{Manifest: &sm, FirstSeenUnixMs: now.UnixMilli()}
	err = r.ns.Update(func(tx *storage.Tx) error {
		for k, v := range map[string]proto.Message{keyPublish + m.ID: rec, keyManifest + m.ID: known} {
			b, err := proto.Marshal(v)
			if err != nil {
				return err
			}
			if err := tx.Put([]byte(k), b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("record publish: %w", err)
	}
	ok = true
	r.mu.Lock()
	e := r.entries[m.ID]
	if e == nil {
		e = newEntry(m, now)
		r.entries[m.ID] = e
	}
	e.publish = rec
	r.mu.Unlock()

	// 6. Announce. A failure is not fatal: the manifest is re-announced
	// every AnnounceInterval.
	if err := r.publishMsg(ctx, &pb.Message{Body: &pb.Message_Announce{Announce: &pb.Announce{Manifest: &sm}}}); err != nil {
		r.log.Warn("announce manifest", "manifest", m.ID, "err", err)
	}

	res := &PublishResult{
		ID: m.ID, Ciphertext: ct.String(), CiphertextSize: ctSize, PlaintextSize: plainSize,
		Threshold: t, Guardians: n, DeadMan: durationString(deadMan), ReplicasWanted: want,
		Replicas: []string{}, Metadata: report, Took: time.Since(start),
	}
	for _, a := range acks {
		res.Replicas = append(res.Replicas, peer.ID(a.Replica).String())
	}
	if report.Warning != "" {
		res.Warnings = append(res.Warnings, report.Warning)
	}
	if len(acks) < want {
		res.Warnings = append(res.Warnings, fmt.Sprintf(
			"only %d of %d replicas acknowledged within %s; the node keeps asking in the background, and until then the document survives this node's loss only on those replicas",
			len(acks), want, r.cfg.ReplicaTimeout))
	}
	r.log.Info("published", "manifest", m.ID, "bytes", plainSize, "threshold", t, "guardians", n,
		"replicas", len(acks), "replicas_wanted", want, "metadata", report.Format, "cleaned", report.Cleaned,
		"took", res.Took.Round(time.Millisecond), "took_encrypt_store", tEncrypted.Sub(start).Round(time.Millisecond),
		"took_shares_manifest", tStored.Sub(tEncrypted).Round(time.Millisecond),
		"took_replicas", tReplicated.Sub(tStored).Round(time.Millisecond))
	return res, nil
}

func durationString(d time.Duration) string {
	if d <= 0 {
		return "off"
	}
	return d.String()
}

// pinSet remembers the pins of a publish so a failed publish removes them.
type pinSet struct {
	blocks Blocks
	cids   []cid.Cid
}

func (p *pinSet) undo() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, c := range p.cids {
		_ = p.blocks.Unpin(ctx, c)
	}
}

// add stores a small blob as one pinned IPFS file.
func (r *Refuge) add(ctx context.Context, b []byte, name string, pins *pinSet) (cid.Cid, error) {
	c, err := r.blocks.Add(ctx, bytes.NewReader(b), ipfs.AddOptions{Name: name})
	if err != nil {
		return cid.Undef, err
	}
	pins.cids = append(pins.cids, c)
	return c, nil
}

// encryptAndAdd streams src through the metadata stripper and the
// encryption into an IPFS import. Encryption runs in its own goroutine,
// handing its chunks to the importer through an io.Pipe (one copy, straight
// into the chunker's buffer), so that the two use separate cores.
func (r *Refuge) encryptAndAdd(ctx context.Context, src io.Reader, key []byte, pinName string, pins *pinSet,
	progress func(int64)) (c cid.Cid, plain, ct int64, rep MetadataReport, err error) {
	in := &countingReader{r: src, progress: progress}
	pr, pw := io.Pipe()
	var encErr error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { pw.CloseWithError(encErr) }()
		w := &countingWriter{w: pw}
		enc, err := Encrypt(w, key)
		if err != nil {
			encErr = err
			return
		}
		pcw := &countingWriter{w: enc}
		rep, err = StripMetadata(pcw, in)
		plain = pcw.n.Load()
		if err != nil {
			encErr = err
			return
		}
		encErr = enc.Close()
		ct = w.n.Load()
	}()
	c, addErr := r.blocks.Add(ctx, pr, ipfs.AddOptions{Name: pinName})
	// Unblocks the encryptor if the import stopped early.
	pr.CloseWithError(errors.New("the import stopped"))
	wg.Wait()
	if addErr == nil {
		pins.cids = append(pins.cids, c)
	}
	switch {
	case encErr != nil && errors.Is(encErr, ErrMalformedImage):
		return cid.Undef, 0, 0, rep, encErr
	case encErr != nil:
		return cid.Undef, 0, 0, rep, fmt.Errorf("read document: %w", encErr)
	case addErr != nil:
		return cid.Undef, 0, 0, rep, fmt.Errorf("store ciphertext: %w", addErr)
	}
	return c, plain, ct, rep, nil
}

type countingReader struct {
	r        io.Reader
	n        int64
	progress func(int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	if k > 0 {
		c.n += int64(k)
		if c.progress != nil {
			c.progress(c.n)
		}
	}
	return k, err
}

type countingWriter struct {
	w io.Writer
	n atomic.Int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	k, err := c.w.Write(p)
	c.n.Add(int64(k))
	return k, err
}
