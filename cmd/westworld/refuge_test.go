package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/x0tta6bl4/westworld/node"
	"github.com/x0tta6bl4/westworld/node/refuge"
)

// refugeFail runs the CLI expecting a non-zero exit with a one-line error
// containing want.
func refugeFail(t *testing.T, want string, args ...string) {
	t.Helper()
	_, errOut, code := run(t, args...)
	msg := strings.TrimRight(errOut, "\n")
	if code == 0 || strings.Contains(msg, "\n") || !strings.Contains(msg, want) {
		t.Fatalf("westworld %s: exit %d, error %q; want one line containing %q", strings.Join(args, " "), code, errOut, want)
	}
}

func waitUntil(t testing.TB, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("not within %s: %s", within, what)
}

// guardianEntry makes a home a guardian (identity, refuge.guardian: true)
// and returns its refuge.guardians entry.
func guardianEntry(t *testing.T, home string) string {
	t.Helper()
	var g struct {
		PeerID    string `json:"peer_id"`
		Recipient string `json:"recipient"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "refuge", "guardian", "init", "--home", home, "--json")), &g); err != nil {
		t.Fatal(err)
	}
	editConfig(t, home, "  guardian: false", "  guardian: true")
	return fmt.Sprintf("\n    - peer_id: %s\n      recipient: %s", g.PeerID, g.Recipient)
}

// editConfig replaces text in a home's config.yaml (each old must occur).
func editConfig(t *testing.T, home string, pairs ...string) {
	t.Helper()
	path := filepath.Join(home, node.ConfigFile)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for i := 0; i < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			t.Fatalf("config has no %q", pairs[i])
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}

// fastRefuge shortens refuge's intervals in a home's config.
func fastRefuge(t *testing.T, home string, extra ...string) {
	editConfig(t, home, append([]string{
		"  check_interval: 1m", "  check_interval: 100ms",
		"  announce_interval: 10m", "  announce_interval: 1s",
		"  replica_timeout: 2m", "  replica_timeout: 20s",
	}, extra...)...)
}

// exifJPEG is a real JPEG with an Exif segment naming its author.
func exifJPEG(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 32, 32))
	for i := range img.Pix {
		img.Pix[i] = uint8(i * 7)
	}
	img.Set(1, 1, color.RGBA{255, 0, 0, 255})
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		t.Fatal(err)
	}
	exif := []byte("Exif\x00\x00Artist=Jane Whistleblower GPS=48.8566N")
	seg := []byte{0xFF, 0xE1, 0, 0}
	binary.BigEndian.PutUint16(seg[2:], uint16(len(exif)+2))
	out := append([]byte{0xFF, 0xD8}, seg...)
	out = append(out, exif...)
	return append(out, buf.Bytes()[2:]...)
}

func refugeStatusOf(t *testing.T, home, id string) refuge.Status {
	t.Helper()
	var st refuge.Status
	if err := json.Unmarshal([]byte(mustRun(t, "refuge", "status", id, "--home", home, "--json")), &st); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestRefugeCommands drives refuge and ipfs through the built binary: three
// daemons (a publisher and two guardians that also replicate), a JPEG whose
// Exif is stripped, status, fetch before and after release, check-ins, and
// the one-line errors of bad input.
func TestRefugeCommands(t *testing.T) {
	gHomes := []string{initHome(t), initHome(t)}
	var entries string
	for _, h := range gHomes {
		entries += guardianEntry(t, h)
		fastRefuge(t, h)
	}
	pub := initHome(t)
	fastRefuge(t, pub, "  guardians: []", "  guardians:"+entries, "  threshold: 3", "  threshold: 2")
	first := startDaemon(t, gHomes[0])
	boot := first.status(t).Addrs[0]
	startDaemon(t, gHomes[1], "--bootstrap", boot)
	p := startDaemon(t, pub, "--bootstrap", boot)
	waitUntil(t, 20*time.Second, "publisher connected to both guardians", func() bool { return p.status(t).PeerCount >= 2 })

	dir := t.TempDir()
	doc := filepath.Join(dir, "photo.jpg")
	if err := os.WriteFile(doc, exifJPEG(t), 0o600); err != nil {
		t.Fatal(err)
	}
	var res refuge.PublishResult
	out := mustRun(t, "refuge", "publish", doc, "--replicas", "1", "--dead-man", "48h", "--home", pub, "--json")
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("publish output %q: %v", out, err)
	}
	if res.Metadata.Format != "jpeg" || !res.Metadata.Cleaned || len(res.Replicas) != 1 || res.Threshold != 2 || res.DeadMan != "48h0m0s" {
		t.Fatalf("publish result %+v", res)
	}
	id := res.ID
	waitUntil(t, 20*time.Second, "both guardians acknowledged", func() bool { return refugeStatusOf(t, pub, id).Acks == 2 })
	text := mustRun(t, "refuge", "status", id, "--home", pub)
	for _, want := range []string{"this node  publisher", "2 of 2 needed; 2 acknowledged", "replicas   1 of 1", "jpeg, cleaned: APP1 Exif", "not released", "0 valid of 2 needed", "decrypt    no"} {
		if !strings.Contains(text, want) {
			t.Errorf("status lacks %q:\n%s", want, text)
		}
	}
	list := mustRun(t, "refuge", "list", "--home", gHomes[1])
	if !strings.Contains(list, id) || !strings.Contains(list, "guardian") {
		t.Errorf("guardian's list:\n%s", list)
	}

	// Before release: the ciphertext, labelled; --plaintext refuses.
	ct := filepath.Join(dir, "ct.bin")
	out = mustRun(t, "refuge", "fetch", id, "--out", ct, "--home", gHomes[1])
	if !strings.Contains(out, "wrote the CIPHERTEXT") || !strings.Contains(out, "not released") {
		t.Fatalf("fetch before release: %q", out)
	}
	if st, err := os.Stat(ct); err != nil || st.Size() != res.CiphertextSize {
		t.Fatalf("ciphertext file: %v, %d bytes, want %d", err, st.Size(), res.CiphertextSize)
	}
	refugeFail(t, "below threshold: 0 valid shares of the 2 needed", "refuge", "fetch", id, "--plaintext", "--out", filepath.Join(dir, "no.jpg"), "--home", gHomes[1])
	if _, err := os.Stat(filepath.Join(dir, "no.jpg")); !os.IsNotExist(err) {
		t.Fatal("a refused fetch left a file")
	}

	// Check-ins: the publisher can, a guardian cannot.
	if out := mustRun(t, "refuge", "checkin", id, "--home", pub); !strings.Contains(out, "dead-man switch now fires at") {
		t.Fatalf("checkin: %q", out)
	}
	refugeFail(t, "does not hold its check-in key", "refuge", "checkin", id, "--home", gHomes[0])
	refugeFail(t, "does not hold its check-in key", "refuge", "release", id, "--home", gHomes[0])

	// Release: both shares; the plaintext is the cleaned JPEG.
	mustRun(t, "refuge", "release", id, "--home", pub)
	waitUntil(t, 20*time.Second, "shares released", func() bool { return refugeStatusOf(t, gHomes[1], id).SharesValid == 2 })
	plain := filepath.Join(dir, "plain.jpg")
	out = mustRun(t, "refuge", "fetch", id, "--out", plain, "--plaintext", "--home", gHomes[1])
	if !strings.Contains(out, "wrote the PLAINTEXT") {
		t.Fatalf("fetch after release: %q", out)
	}
	got, err := os.ReadFile(plain)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(got, []byte("Whistleblower")) || bytes.Contains(got, []byte("GPS")) {
		t.Fatal("the Exif survived the publish")
	}
	if _, err := jpeg.Decode(bytes.NewReader(got)); err != nil {
		t.Fatalf("the published JPEG does not decode: %v", err)
	}

	// Bad input: one line each.
	mustBeJPEG := filepath.Join(dir, "broken.jpg")
	os.WriteFile(mustBeJPEG, exifJPEG(t)[:40], 0o600)
	refugeFail(t, "no such file or directory", "refuge", "publish", filepath.Join(dir, "missing.pdf"), "--home", pub)
	refugeFail(t, "is not a regular file", "refuge", "publish", dir, "--home", pub)
	refugeFail(t, "threshold 3 with 2 configured guardians", "refuge", "publish", doc, "--threshold", "3", "--home", pub)
	refugeFail(t, "malformed image: JPEG truncated", "refuge", "publish", mustBeJPEG, "--replicas", "0", "--home", pub)
	refugeFail(t, "--dead-man 5s: must be 0s (off) or at least 1m", "refuge", "publish", doc, "--dead-man", "5s", "--home", pub)
	refugeFail(t, "not a refuge manifest CID", "refuge", "status", "bafybeihseq3ngt4gde2ehevwfz5tfme5owltsqidf4mnsoctwlslvb4atm", "--home", pub)
	refugeFail(t, "manifest ID", "refuge", "status", "nonsense", "--home", pub)
	if os.Geteuid() != 0 { // root reads anything
		unreadable := filepath.Join(dir, "secret.txt")
		os.WriteFile(unreadable, []byte("x"), 0o000)
		refugeFail(t, "permission denied", "refuge", "publish", unreadable, "--home", pub)
	}
	if out := mustRun(t, "refuge", "list", "--home", pub, "--json"); strings.Count(out, `"id"`) != 1 {
		t.Fatalf("refused publishes were listed: %s", out)
	}
}

// TestIPFSCommands: add, get, pin ls/add/rm and gc through the binary.
func TestIPFSCommands(t *testing.T) {
	home := initHome(t)
	startDaemon(t, home)
	dir := t.TempDir()
	data := make([]byte, 3<<20+5)
	rand.NewChaCha8([32]byte{9}).Read(data)
	src := filepath.Join(dir, "data.bin")
	os.WriteFile(src, data, 0o600)

	c := strings.TrimSpace(mustRun(t, "ipfs", "add", src, "--name", "my file", "--home", home))
	if !strings.HasPrefix(c, "bafy") {
		t.Fatalf("add printed %q", c)
	}
	var added node.IPFSAddResult
	json.Unmarshal([]byte(mustRun(t, "ipfs", "add", src, "--home", home, "--json")), &added)
	if added.Cid != c || added.Size != int64(len(data)) {
		t.Fatalf("add --json: %+v", added)
	}
	out := filepath.Join(dir, "out.bin")
	mustRun(t, "ipfs", "get", c, "--out", out, "--home", home)
	if got, _ := os.ReadFile(out); !bytes.Equal(got, data) {
		t.Fatal("get returned different bytes")
	}
	var pins []node.IPFSPin
	json.Unmarshal([]byte(mustRun(t, "ipfs", "pin", "ls", "--home", home, "--json")), &pins)
	if len(pins) != 1 || pins[0].Cid != c || pins[0].Mode != "recursive" {
		t.Fatalf("pins %+v", pins)
	}
	mustRun(t, "ipfs", "pin", "rm", c, "--home", home)
	refugeFail(t, "not pinned", "ipfs", "pin", "rm", c, "--home", home)
	var gc node.IPFSGCResult
	json.Unmarshal([]byte(mustRun(t, "ipfs", "gc", "--home", home, "--json")), &gc)
	if gc.Bytes < int64(len(data)) {
		t.Fatalf("gc freed %d bytes of %d", gc.Bytes, len(data))
	}
	refugeFail(t, "is not a CID", "ipfs", "get", "nonsense", "--out", out, "--home", home)
	refugeFail(t, "--out FILE is required", "ipfs", "get", c, "--home", home)
	// pin add on content that is back: pinned under the new name.
	mustRun(t, "ipfs", "add", src, "--home", home)
	mustRun(t, "ipfs", "pin", "add", c, "--name", "again", "--home", home)
	json.Unmarshal([]byte(mustRun(t, "ipfs", "pin", "ls", "--home", home, "--json")), &pins)
	if len(pins) != 1 || pins[0].Name != "again" {
		t.Fatalf("pins after pin add %+v", pins)
	}
}

// TestRefugeSIGKILLDuringPublish kills the daemon with SIGKILL at several
// points of a publish and restarts it: the datastore opens, the publish is
// either listed and complete (status, ciphertext of the recorded size) or
// absent, its orphaned pins are gone, and GC finds every pinned DAG whole.
func TestRefugeSIGKILLDuringPublish(t *testing.T) {
	home := initHome(t)
	var entries string
	for range 3 {
		entries += guardianEntry(t, initHome(t)) // identities only: nobody runs them
	}
	fastRefuge(t, home, "  guardians: []", "  guardians:"+entries)
	dir := t.TempDir()
	big := filepath.Join(dir, "big.bin")
	f, _ := os.Create(big)
	buf := make([]byte, 1<<20)
	rng := rand.NewChaCha8([32]byte{3})
	for range 192 {
		rng.Read(buf)
		f.Write(buf)
	}
	f.Close()

	check := func(t *testing.T, d *daemon, wantListed *bool) {
		t.Helper()
		defer func() {
			lw := d.cmd.Stderr.(*lockedWriter)
			lw.mu.Lock()
			swept := strings.Count(lw.w.String(), "unpinned a block of an incomplete publish")
			lw.mu.Unlock()
			listed := strings.Count(mustRun(t, "refuge", "list", "--home", home, "--json"), `"id"`)
			t.Logf("after the restart: %d publishes listed, %d orphaned pins removed", listed, swept)
		}()
		var list []refuge.Summary
		if err := json.Unmarshal([]byte(mustRun(t, "refuge", "list", "--home", home, "--json")), &list); err != nil {
			t.Fatal(err)
		}
		tags := map[string]bool{}
		for _, s := range list {
			st := refugeStatusOf(t, home, s.ID)
			if st.Role != "publisher" || st.PlaintextSize != 192<<20 || len(st.Guardians) != 3 {
				t.Fatalf("listed publish is not complete: %+v", st)
			}
			ct := filepath.Join(dir, "ct.bin")
			mustRun(t, "refuge", "fetch", s.ID, "--ciphertext", "--out", ct, "--home", home)
			if fi, err := os.Stat(ct); err != nil || fi.Size() != st.CiphertextSize {
				t.Fatalf("ciphertext of a listed publish: %v", err)
			}
			os.Remove(ct)
		}
		if wantListed != nil && (len(list) > 0) != *wantListed {
			t.Fatalf("listed %d publishes, want listed=%v", len(list), *wantListed)
		}
		var pins []node.IPFSPin
		json.Unmarshal([]byte(mustRun(t, "ipfs", "pin", "ls", "--home", home, "--json")), &pins)
		for _, p := range pins {
			if rest, ok := strings.CutPrefix(p.Name, "refuge/publish/"); ok {
				tags[strings.SplitN(rest, "/", 2)[0]] = true
			}
		}
		if len(tags) > len(list) {
			t.Fatalf("pins of %d publishes, %d listed: orphans survived the restart", len(tags), len(list))
		}
		mustRun(t, "ipfs", "gc", "--home", home) // refuses if a pinned DAG lost blocks
	}
	publishKilled := func(t *testing.T, d *daemon, after time.Duration, args ...string) {
		cmd := exec.Command(bin, append([]string{"refuge", "publish", big, "--home", home}, args...)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(after)
		d.cmd.Process.Kill()
		<-d.done
		cmd.Wait()
	}
	yes := true

	// During the upload, at several moments.
	for _, after := range []time.Duration{150 * time.Millisecond, 400 * time.Millisecond, 800 * time.Millisecond} {
		t.Run(fmt.Sprint("upload+", after), func(t *testing.T) {
			d := startDaemon(t, home)
			publishKilled(t, d, after, "--replicas", "0")
			check(t, startDaemon(t, home), nil)
		})
	}
	// While waiting for a replica that never comes: never listed.
	t.Run("replicas", func(t *testing.T) {
		d := startDaemon(t, home)
		before := strings.Count(mustRun(t, "refuge", "list", "--home", home, "--json"), `"id"`)
		publishKilled(t, d, 3*time.Second, "--replicas", "1")
		again := startDaemon(t, home)
		lw := again.cmd.Stderr.(*lockedWriter)
		lw.mu.Lock()
		swept := strings.Count(lw.w.String(), "unpinned a block of an incomplete publish")
		lw.mu.Unlock()
		if swept != 5 { // ciphertext, three shares, manifest
			t.Fatalf("%d orphaned pins removed at restart, want 5", swept)
		}
		if n := strings.Count(mustRun(t, "refuge", "list", "--home", home, "--json"), `"id"`); n != before {
			t.Fatalf("%d listed after a kill before the record, %d before", n, before)
		}
		check(t, again, nil)
		again.cmd.Process.Kill()
		<-again.done
	})
	// Right after the publish returned: listed, complete.
	t.Run("after", func(t *testing.T) {
		d := startDaemon(t, home)
		id := strings.TrimSpace(mustRun(t, "refuge", "publish", big, "--replicas", "0", "--home", home))
		d.cmd.Process.Kill()
		<-d.done
		again := startDaemon(t, home)
		check(t, again, &yes)
		if !strings.Contains(mustRun(t, "refuge", "list", "--home", home), id) {
			t.Fatalf("%s not listed after the kill", id)
		}
	})
}
