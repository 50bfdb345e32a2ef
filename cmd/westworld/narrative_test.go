package main

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/x0tta6bl4/westworld/node/narrative"
)

func TestNarrativeCommands(t *testing.T) {
	d := startDaemon(t, initHome(t))
	home := d.home
	st := d.status(t)
	self := st.PeerID
	if _, ok := st.Sections["narrative"]; !ok {
		t.Errorf("status has no narrative section: %v", st.Sections)
	}

	out := mustRun(t, "quests", "--home", home)
	for _, want := range []string{"First Season", "Arrival", "uptime_witnessed", "open", "locked"} {
		if !strings.Contains(out, want) {
			t.Errorf("quests output lacks %q:\n%s", want, out)
		}
	}
	var q narrative.QuestsReport
	if err := json.Unmarshal([]byte(mustRun(t, "quests", "--json", "--home", home)), &q); err != nil {
		t.Fatal(err)
	}
	if q.Peer != self || len(q.Storylines) != 1 || !q.Storylines[0].Chapters[0].Open || q.Storylines[0].Chapters[1].Open {
		t.Fatalf("quests --json: %+v", q)
	}

	out = mustRun(t, "reputation", "--home", home)
	for _, want := range []string{self, "uptime_witnessed", "votes_cast", "/ 25"} {
		if !strings.Contains(out, want) {
			t.Errorf("reputation output lacks %q:\n%s", want, out)
		}
	}
	var rep narrative.ReputationReport
	if err := json.Unmarshal([]byte(mustRun(t, "reputation", self, "--json", "--home", home)), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Peer.String() != self || len(rep.Kinds) != 6 || rep.MaxScore != 100 {
		t.Fatalf("reputation --json: %+v", rep)
	}
	var board []narrative.LeaderboardEntry
	if err := json.Unmarshal([]byte(mustRun(t, "leaderboard", "--top", "5", "--json", "--home", home)), &board); err != nil {
		t.Fatal(err)
	}
	if len(board) > 5 {
		t.Fatalf("leaderboard --top 5 gave %d rows", len(board))
	}

	// Bind a wallet: first the message to sign, then the signature.
	key, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr := ethcrypto.PubkeyToAddress(key.PublicKey).Hex()
	var msg struct{ Message string }
	if err := json.Unmarshal([]byte(mustRun(t, "reputation", "bind", addr, "--json", "--home", home)), &msg); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msg.Message, self) {
		t.Fatalf("binding message %q does not name the node", msg.Message)
	}
	sig, err := ethcrypto.Sign(accounts.TextHash([]byte(msg.Message)), key)
	if err != nil {
		t.Fatal(err)
	}
	out = mustRun(t, "reputation", "bind", addr, "0x"+hex.EncodeToString(sig), "--home", home)
	if !strings.Contains(out, "bound "+addr) {
		t.Fatalf("bind: %s", out)
	}
	if out := mustRun(t, "reputation", "--home", home); !strings.Contains(out, addr) {
		t.Fatalf("reputation does not show the bound wallet:\n%s", out)
	}

	// Or sign with an account in the node's keystore.
	dir := t.TempDir()
	keyFile, pwFile := filepath.Join(dir, "key"), filepath.Join(dir, "pw")
	signKey, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(ethcrypto.FromECDSA(signKey))), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pwFile, []byte("correct horse\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "wallet", "import", keyFile, "--password-file", pwFile, "--home", home)
	signAddr := ethcrypto.PubkeyToAddress(signKey.PublicKey).Hex()
	if out := mustRun(t, "reputation", "bind", signAddr, "--sign", "--password-file", pwFile, "--home", home); !strings.Contains(out, "bound "+signAddr) {
		t.Fatalf("bind --sign: %s", out)
	}

	for _, args := range [][]string{
		{"reputation", "not-a-peer"},
		{"leaderboard", "--top", "0"},
		{"reputation", "bind", "0x1234"},
		{"reputation", "bind", addr, "0x" + hex.EncodeToString(sig[:64]) + "05"},
	} {
		_, errOut, code := run(t, append(args, "--home", home)...)
		if code == 0 || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("westworld %v: exit %d, stderr %q; want a one-line error", args, code, errOut)
		}
	}
}
