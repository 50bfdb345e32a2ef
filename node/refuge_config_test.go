package node

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestRefugeConfig(t *testing.T) {
	tests := []struct {
		file string
		want string // "" for a good file; else the exact error
	}{
		{"refuge_good.yaml", ""},
		{"refuge_threshold.yaml", `refuge_threshold.yaml:5:14: refuge.threshold 2 is above the 1 guardians listed`},
		{"refuge_peer.yaml", `refuge_peer.yaml:5:16: refuge.guardians[1].peer_id: "not-a-peer" is not a peer ID`},
		{"refuge_dup.yaml", `refuge_dup.yaml:5:16: refuge.guardians[1].peer_id: 12D3KooWMpkJqKyoNdXCCVNV46MtkGty6A4LUvtK8EsEY1UxYKhu is already guardian 1`},
		{"refuge_recipient.yaml", `refuge_recipient.yaml:4:18: refuge.guardians[0].recipient: "age1notarecipient" is not an age X25519 recipient (age1...)`},
		{"refuge_eth.yaml", `refuge_eth.yaml:5:20: refuge.guardians[0].eth_address: "0x1234" is not an Ethereum address`},
		{"refuge_deadman.yaml", `refuge_deadman.yaml:2:13: refuge.dead_man: 30s is below the minimum 1m0s`},
		{"refuge_unknown.yaml", `refuge_unknown.yaml:4:7: unknown field "recipent"`},
		{"refuge_rsa.yaml", `refuge_rsa.yaml:3:16: refuge.guardians[0].peer_id: QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N does not embed its public key (westworld peer IDs are Ed25519)`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "config", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			cfg, err := ParseConfig(tt.file, data)
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				r := cfg.Refuge
				if !r.Guardian || len(r.Guardians) != 2 || r.Threshold != 2 || r.Replicas != 1 || r.DeadMan != "72h" ||
					r.CheckInterval != "30s" || r.AnnounceInterval != "10m" || !r.AcceptReplicas {
					t.Fatalf("values not applied over defaults: %+v", r)
				}
				cfg.Home = t.TempDir()
				rc, err := cfg.refugeConfig(time.Now)
				if err == nil || !strings.Contains(err.Error(), "run `westworld refuge guardian init`") {
					t.Fatalf("guardian without identity: %v", err)
				}
				cfg.Refuge.Guardian = false
				if rc, err = cfg.refugeConfig(time.Now); err != nil {
					t.Fatal(err)
				}
				if len(rc.Guardians) != 2 || len(rc.Guardians[0].EthAddress) != 20 || rc.Guardians[1].EthAddress != nil ||
					rc.DeadMan != 72*time.Hour || rc.MaxReplicaBytes != 1<<30 {
					t.Fatalf("refuge config %+v", rc)
				}
				return
			}
			if err == nil || err.Error() != tt.want {
				t.Fatalf("error:\n got %v\nwant %s", err, tt.want)
			}
		})
	}
	// The template renders a guardian list that reads back.
	cfg := DefaultConfig()
	data, _ := os.ReadFile(filepath.Join("testdata", "config", "refuge_good.yaml"))
	good, err := ParseConfig("good", data)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Refuge = good.Refuge
	text, err := RenderConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseConfig("rendered", text)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Refuge.Guardians) != 2 || back.Refuge.Guardians[0].EthAddress != good.Refuge.Guardians[0].EthAddress {
		t.Fatalf("rendered guardians: %+v", back.Refuge.Guardians)
	}
}
