package capability

import (
	"context"
	"errors"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestAttenuation: a holder narrows a macaroon offline with macaroon.v2;
// the narrower one works only within every caveat, and cannot widen.
func TestAttenuation(t *testing.T) {
	e := newEnv(t)
	parent := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead, OpPeersWrite, OpNodeRead}}).Macaroon
	child := attenuate(t, parent,
		"ops=peers:read,node:read",
		"expires="+t0.Add(time.Hour).Format(time.RFC3339),
		"ip=10.0.0.0/8",
	)
	// Widening: claims cap:write, which the parent never had.
	widened := attenuate(t, parent, "ops=peers:read,cap:write")

	tests := []struct {
		name    string
		mac     []byte
		op      Op
		ip      string
		advance time.Duration
		want    error
	}{
		{"child within", child, OpPeersRead, "10.9.8.7", 0, nil},
		{"child other allowed op", child, OpNodeRead, "10.9.8.7", 0, nil},
		{"child op the parent has but the child dropped", child, OpPeersWrite, "10.9.8.7", 0, ErrOpDenied},
		{"child outside ip", child, OpPeersRead, "172.16.0.1", 0, ErrCaveat},
		{"parent is unaffected by the child's ip", parent, OpPeersWrite, "172.16.0.1", 0, nil},
		{"widened still cannot", widened, OpCapWrite, "", 0, ErrOpDenied},
		{"widened within intersection", widened, OpPeersRead, "", 0, nil},
		{"widened op only the parent lists", widened, OpPeersWrite, "", 0, ErrOpDenied},
		{"child after its expiry", child, OpPeersRead, "10.9.8.7", 2 * time.Hour, ErrExpired},
		{"parent after the child's expiry", parent, OpPeersRead, "10.9.8.7", 0, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e.clock.Advance(tc.advance)
			id, err := e.check(tc.mac, tc.op, tc.ip)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Check = %v, want %v", err, tc.want)
			}
			if err == nil && !slices.Contains(id.Ops, tc.op) {
				t.Errorf("identity ops %v lack %s", id.Ops, tc.op)
			}
		})
	}
	// Identity reports the narrowed ops and the child's expiry; all
	// attenuations share the parent's macaroon ID.
	e2 := newEnv(t)
	p2 := e2.bake(t, BakeRequest{Ops: []Op{OpPeersRead, OpPeersWrite, OpNodeRead}, Expires: t0.Add(48 * time.Hour)}).Macaroon
	c2 := attenuate(t, p2, "ops=peers:write,peers:read,cap:write", "expires="+t0.Add(time.Hour).Format(time.RFC3339))
	pid, err := e2.check(p2, OpPeersRead, "")
	if err != nil {
		t.Fatal(err)
	}
	cid, err := e2.check(c2, OpPeersRead, "")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(cid.Ops, []Op{OpPeersRead, OpPeersWrite}) {
		t.Errorf("child ops %v, want [peers:read peers:write]", cid.Ops)
	}
	if !cid.Expires.Equal(t0.Add(time.Hour)) {
		t.Errorf("child expires %v, want %v", cid.Expires, t0.Add(time.Hour))
	}
	if cid.MacaroonID != pid.MacaroonID || cid.RootKeyID != pid.RootKeyID {
		t.Errorf("child identity %+v does not share parent's IDs %+v", cid, pid)
	}
}

// TestAttenuationSharesUses: adding caveats does not buy a fresh budget:
// parent and children draw on the parent's uses= counter.
func TestAttenuationSharesUses(t *testing.T) {
	e := newEnv(t)
	parent := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, UsesPerMinute: 4}).Macaroon
	childA := attenuate(t, parent, "ops=peers:read")
	childB := attenuate(t, parent, "uses=100/m")
	tight := attenuate(t, parent, "uses=1/m")
	sequence := []struct {
		mac  []byte
		want error
	}{
		{parent, nil},
		{childA, nil},
		{childB, nil},
		{tight, nil},       // 4th use of the shared budget; tight's own 1st
		{tight, ErrCaveat}, // tight's own budget is spent (and the shared one)
		{childA, ErrCaveat},
		{parent, ErrCaveat},
	}
	for i, s := range sequence {
		if _, err := e.check(s.mac, OpPeersRead, ""); !errors.Is(err, s.want) {
			t.Fatalf("step %d: Check = %v, want %v", i, err, s.want)
		}
	}
	e.clock.Advance(time.Minute)
	if _, err := e.check(childB, OpPeersRead, ""); err != nil {
		t.Fatalf("after a minute: %v", err)
	}
}

// TestPersistence: root keys survive closing and reopening the store.
func TestPersistence(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	keep := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, Label: "monitoring"})
	gone := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, Label: "laptop"})
	if err := e.svc.Revoke(ctx, gone.RootKeyID); err != nil {
		t.Fatal(err)
	}
	before, err := e.svc.RootKeys(ctx)
	if err != nil {
		t.Fatal(err)
	}

	e.closeStore(t)
	e.open(t)

	if _, err := e.check(keep.Macaroon, OpPeersRead, ""); err != nil {
		t.Fatalf("after reopen: %v", err)
	}
	if _, err := e.check(gone.Macaroon, OpPeersRead, ""); !errors.Is(err, ErrUnknownKey) {
		t.Fatalf("revoked after reopen: %v, want ErrUnknownKey", err)
	}
	after, err := e.svc.RootKeys(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != 1 || after[0].ID != keep.RootKeyID || after[0].Label != "monitoring" || !after[0].Created.Equal(t0) {
		t.Fatalf("root keys after reopen %+v, want only %s labelled monitoring created %v", after, keep.RootKeyID, t0)
	}
	if !slices.Equal(before, after) {
		t.Fatalf("root keys changed across reopen: %+v -> %+v", before, after)
	}
}

// TestRoleMacaroons: the files init writes, their modes, and what each
// role may do.
func TestRoleMacaroons(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	dir := filepath.Join(t.TempDir(), "macaroons")
	if err := e.svc.WriteRoleMacaroons(ctx, dir); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("dir mode %v, %v; want 0700", fi.Mode().Perm(), err)
	}
	files := readRoles(t, dir)
	tests := []struct {
		role  string
		allow []Op
		deny  []Op
	}{
		{RoleAdmin, AllOps(), nil},
		{RoleReadonly, []Op{OpNodeRead, OpPeersRead, OpRefugeRead, OpCapRead, OpChainRead}, []Op{OpPeersWrite, OpCapWrite, OpRefugePublish, OpProposalCreate, OpVoteWrite}},
		{RolePublisher, []Op{OpRefugePublish, OpRefugeRead, OpRefugeCheckin}, []Op{OpRefugeRelease, OpRefugeGuardian, OpPeersRead, OpNodeRead, OpIPFSWrite, OpCapRead}},
		{RoleVoter, []Op{OpProposalRead, OpProposalCreate, OpVoteWrite, OpVoteRead, OpChainRead}, []Op{OpProposalExecute, OpChainWrite, OpWalletWrite, OpPeersWrite, OpRefugePublish}},
	}
	for _, tc := range tests {
		t.Run(tc.role, func(t *testing.T) {
			mac := files[tc.role]
			for _, op := range tc.allow {
				id, err := e.check(mac, op, "")
				if err != nil {
					t.Errorf("%s: %v", op, err)
					continue
				}
				if id.Role != tc.role {
					t.Errorf("identity role %q, want %q", id.Role, tc.role)
				}
			}
			for _, op := range tc.deny {
				if _, err := e.check(mac, op, ""); !errors.Is(err, ErrOpDenied) {
					t.Errorf("%s: %v, want ErrOpDenied", op, err)
				}
			}
		})
	}
	keys, err := e.svc.RootKeys(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != 4 {
		t.Fatalf("%d root keys, want one per role", len(keys))
	}

	// Revoking one role leaves the others.
	id, err := e.check(files[RolePublisher], OpRefugePublish, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := e.svc.Revoke(ctx, id.RootKeyID); err != nil {
		t.Fatal(err)
	}
	if _, err := e.check(files[RolePublisher], OpRefugePublish, ""); !errors.Is(err, ErrUnknownKey) {
		t.Fatalf("revoked publisher: %v", err)
	}
	if _, err := e.check(files[RoleAdmin], OpCapWrite, ""); err != nil {
		t.Fatalf("admin after publisher revoked: %v", err)
	}

	// Writing again replaces every role key: old files die, new work, and
	// the key list does not grow.
	if err := e.svc.WriteRoleMacaroons(ctx, dir); err != nil {
		t.Fatal(err)
	}
	fresh := readRoles(t, dir)
	for _, role := range Roles() {
		if _, err := e.check(files[role], OpRefugeRead, ""); !errors.Is(err, ErrUnknownKey) {
			t.Errorf("old %s after rewrite: %v, want ErrUnknownKey", role, err)
		}
		if _, err := e.check(fresh[role], OpRefugeRead, ""); role != RoleVoter && err != nil {
			t.Errorf("new %s: %v", role, err)
		}
	}
	if keys, _ := e.svc.RootKeys(ctx); len(keys) != 4 {
		t.Fatalf("%d root keys after rewrite, want 4", len(keys))
	}
}

// TestRotate: rotation kills every macaroon ever baked, role or not, and
// new role macaroons work.
func TestRotate(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	dir := filepath.Join(t.TempDir(), "macaroons")
	if err := e.svc.WriteRoleMacaroons(ctx, dir); err != nil {
		t.Fatal(err)
	}
	old := readRoles(t, dir)
	baked := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}})
	child := attenuate(t, old[RoleAdmin], "ops=peers:read")

	n, err := e.svc.Rotate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 5 {
		t.Errorf("rotate deleted %d keys, want 5", n)
	}
	for name, mac := range map[string][]byte{
		"admin": old[RoleAdmin], "readonly": old[RoleReadonly], "publisher": old[RolePublisher],
		"voter": old[RoleVoter], "baked": baked.Macaroon, "attenuated": child,
	} {
		if _, err := e.check(mac, OpPeersRead, ""); !errors.Is(err, ErrUnknownKey) {
			t.Errorf("%s after rotate: %v, want ErrUnknownKey", name, err)
		}
	}
	if keys, _ := e.svc.RootKeys(ctx); len(keys) != 0 {
		t.Fatalf("root keys after rotate: %+v", keys)
	}
	if err := e.svc.WriteRoleMacaroons(ctx, dir); err != nil {
		t.Fatal(err)
	}
	fresh := readRoles(t, dir)
	if _, err := e.check(fresh[RoleAdmin], OpCapWrite, ""); err != nil {
		t.Fatalf("new admin: %v", err)
	}
	if _, err := e.check(fresh[RoleReadonly], OpPeersRead, ""); err != nil {
		t.Fatalf("new readonly: %v", err)
	}
	if _, err := e.check(old[RoleAdmin], OpCapWrite, ""); !errors.Is(err, ErrUnknownKey) {
		t.Fatalf("old admin after new roles: %v", err)
	}
}

// readRoles reads dir/<role>.macaroon and checks each is mode 0600.
func readRoles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, role := range Roles() {
		path := filepath.Join(dir, role+".macaroon")
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v, want 0600", path, fi.Mode().Perm())
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		out[role] = b
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != len(Roles()) {
		t.Errorf("%d files in %s, want %d (temp files left?)", len(ents), dir, len(Roles()))
	}
	return out
}

func TestBakeRequests(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	tests := []struct {
		name string
		req  BakeRequest
		want error
	}{
		{"no ops", BakeRequest{}, ErrBadRequest},
		{"unknown op", BakeRequest{Ops: []Op{"peers:delete"}}, ErrBadRequest},
		{"expiry in the past", BakeRequest{Ops: []Op{OpPeersRead}, Expires: t0.Add(-time.Second)}, ErrBadRequest},
		{"expiry now", BakeRequest{Ops: []Op{OpPeersRead}, Expires: t0}, ErrBadRequest},
		{"negative uses", BakeRequest{Ops: []Op{OpPeersRead}, UsesPerMinute: -1}, ErrBadRequest},
		{"too many uses", BakeRequest{Ops: []Op{OpPeersRead}, UsesPerMinute: maxUses + 1}, ErrBadRequest},
		{"bad proposal", BakeRequest{Ops: []Op{OpPeersRead}, Proposal: "a b"}, ErrBadRequest},
		{"mapped ip", BakeRequest{Ops: []Op{OpPeersRead}, IP: netip.MustParsePrefix("::ffff:10.0.0.0/104")}, ErrBadRequest},
		{"bad key id", BakeRequest{Ops: []Op{OpPeersRead}, RootKeyID: "xyz"}, ErrBadRequest},
		{"missing key", BakeRequest{Ops: []Op{OpPeersRead}, RootKeyID: "0011223344556677"}, ErrNoSuchKey},
		{"everything", BakeRequest{Ops: []Op{OpPeersRead, OpPeersRead}, Expires: t0.Add(time.Hour), IP: netip.MustParsePrefix("10.1.2.3/8"), UsesPerMinute: 9, Proposal: "0x01"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.svc.Bake(ctx, tc.req)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Bake = %v, want %v", err, tc.want)
			}
		})
	}

	// A family under one key dies with one Revoke.
	first := e.bake(t, BakeRequest{Ops: []Op{OpPeersRead}, Label: "family"})
	second := e.bake(t, BakeRequest{Ops: []Op{OpNodeRead}, RootKeyID: first.RootKeyID})
	if second.RootKeyID != first.RootKeyID {
		t.Fatalf("baked under %s, want %s", second.RootKeyID, first.RootKeyID)
	}
	if _, err := e.check(second.Macaroon, OpNodeRead, ""); err != nil {
		t.Fatal(err)
	}
	if err := e.svc.Revoke(ctx, first.RootKeyID); err != nil {
		t.Fatal(err)
	}
	for _, m := range [][]byte{first.Macaroon, second.Macaroon} {
		if _, err := e.check(m, OpNodeRead, ""); !errors.Is(err, ErrUnknownKey) {
			t.Fatalf("after revoke: %v", err)
		}
	}
	if err := e.svc.Revoke(ctx, first.RootKeyID); !errors.Is(err, ErrNoSuchKey) {
		t.Fatalf("second revoke: %v, want ErrNoSuchKey", err)
	}
}

func TestInspect(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	e.chain.set("0xab1200000000000000cd", true)
	b := e.bake(t, BakeRequest{
		Ops:           []Op{OpPeersRead, OpRefugePublish},
		Expires:       time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC),
		IP:            netip.MustParsePrefix("10.0.0.0/8"),
		UsesPerMinute: 30,
		Proposal:      "0xab1200000000000000cd",
		Label:         "field reporter",
	})
	mac := attenuate(t, b.Macaroon, "ops=refuge:publish", "lnd-custom foo")
	d, err := e.svc.Inspect(ctx, []byte(b.Hex()))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"root key " + b.RootKeyID + " (field reporter)",
		"may: read peers, publish refuge",
		"expires 2026-12-01 10:00 UTC (in 5 days)",
		"only from 10.0.0.0/8",
		"at most 30 requests a minute",
		"only while proposal 0xab12...cd is executed on chain",
	}
	text := d.String()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("description lacks %q:\n%s", w, text)
		}
	}
	if !d.KeyExists || !d.SignatureValid || d.RootKeyID != b.RootKeyID {
		t.Errorf("description %+v: want existing key %s and valid signature", d, b.RootKeyID)
	}

	d, err = e.svc.Inspect(ctx, mac)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(d.Ops, []Op{OpRefugePublish}) {
		t.Errorf("attenuated ops %v, want [refuge:publish]", d.Ops)
	}
	last := d.Caveats[len(d.Caveats)-1]
	if last.Known || !strings.Contains(last.Text, "unknown caveat") {
		t.Errorf("unknown caveat described as %+v", last)
	}
	if !strings.Contains(d.String(), "together: may: publish refuge") {
		t.Errorf("no combined ops line:\n%s", d)
	}

	tampered := slices.Clone(b.Macaroon)
	tampered[len(tampered)-1] ^= 0x80
	if d, err = e.svc.Inspect(ctx, tampered); err != nil || d.SignatureValid {
		t.Errorf("tampered: %+v, %v; want invalid signature", d, err)
	}
	if !strings.Contains(d.String(), "INVALID") {
		t.Errorf("tampered description does not say so:\n%s", d)
	}

	e.clock.Advance(6 * 24 * time.Hour)
	if err := e.svc.Revoke(ctx, b.RootKeyID); err != nil {
		t.Fatal(err)
	}
	d, err = e.svc.Inspect(ctx, b.Macaroon)
	if err != nil {
		t.Fatal(err)
	}
	if d.KeyExists || d.SignatureValid {
		t.Errorf("revoked: %+v", d)
	}
	for _, w := range []string{"gone (revoked or rotated)", "expired 2026-12-01 10:00 UTC (1 day ago)"} {
		if !strings.Contains(d.String(), w) {
			t.Errorf("description lacks %q:\n%s", w, d)
		}
	}

	if _, err := e.svc.Inspect(ctx, []byte("garbage")); !errors.Is(err, ErrMalformed) {
		t.Errorf("Inspect garbage = %v, want ErrMalformed", err)
	}
}

func TestRoleOps(t *testing.T) {
	admin, _ := RoleOps(RoleAdmin)
	if !slices.Equal(admin, AllOps()) {
		t.Errorf("admin ops %v", admin)
	}
	ro, _ := RoleOps(RoleReadonly)
	for _, o := range AllOps() {
		if got, want := slices.Contains(ro, o), o.Action() == ActionRead; got != want {
			t.Errorf("readonly has %s = %v, want %v", o, got, want)
		}
	}
	pub, _ := RoleOps(RolePublisher)
	slices.Sort(pub)
	if !slices.Equal(pub, []Op{OpRefugeCheckin, OpRefugePublish, OpRefugeRead}) {
		t.Errorf("publisher ops %v", pub)
	}
	voter, _ := RoleOps(RoleVoter)
	slices.Sort(voter)
	if !slices.Equal(voter, []Op{OpChainRead, OpProposalCreate, OpProposalRead, OpVoteRead, OpVoteWrite}) {
		t.Errorf("voter ops %v", voter)
	}
	if _, err := RoleOps("root"); !errors.Is(err, ErrUnknownRole) {
		t.Errorf("RoleOps(root) = %v", err)
	}
	for _, o := range AllOps() {
		if _, err := ParseOp(string(o)); err != nil {
			t.Errorf("op constant %s does not parse: %v", o, err)
		}
	}
}

func TestRootKeyRecord(t *testing.T) {
	rec := rootKeyRecord{Key: []byte("0123456789abcdef0123456789abcdef"), Created: t0.Add(123), Label: "field reporter ✓", Role: RolePublisher}
	b := rec.marshal()
	got, err := unmarshalRecord(b)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Key, rec.Key) || !got.Created.Equal(rec.Created) || got.Label != rec.Label || got.Role != rec.Role {
		t.Fatalf("round trip: %+v, want %+v", got, rec)
	}
	for n := range len(b) - len(rec.Label) {
		if _, err := unmarshalRecord(b[:n]); err == nil {
			t.Errorf("truncated to %d bytes: no error", n)
		}
	}
	if _, err := unmarshalRecord(append([]byte{9}, b[1:]...)); err == nil {
		t.Error("unknown record version accepted")
	}
}
