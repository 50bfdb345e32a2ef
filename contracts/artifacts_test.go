package contracts

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/x0tta6bl4/westworld/contracts/bindings/charterregistry"
	"github.com/x0tta6bl4/westworld/contracts/bindings/emergency"
	"github.com/x0tta6bl4/westworld/contracts/bindings/experimentregistry"
	"github.com/x0tta6bl4/westworld/contracts/bindings/guardianregistry"
	"github.com/x0tta6bl4/westworld/contracts/bindings/timelockcontroller"
	"github.com/x0tta6bl4/westworld/contracts/bindings/westemergencygovernor"
	"github.com/x0tta6bl4/westworld/contracts/bindings/westgovernor"
	"github.com/x0tta6bl4/westworld/contracts/bindings/westtoken"
)

type buildInfo struct {
	Compiler          string            `json:"compiler"`
	OpenZeppelin      string            `json:"openzeppelin"`
	PackageLockSHA256 string            `json:"package_lock_sha256"`
	Sources           map[string]string `json:"sources"`
	Contracts         map[string]struct {
		Source         string `json:"source"`
		DeployedSize   int    `json:"deployed_size"`
		BytecodeSHA256 string `json:"bytecode_sha256"`
	} `json:"contracts"`
}

var bindingsMeta = map[string]*bind.MetaData{
	"WestToken":             &westtoken.WestTokenMetaData,
	"WestGovernor":          &westgovernor.WestGovernorMetaData,
	"WestEmergencyGovernor": &westemergencygovernor.WestEmergencyGovernorMetaData,
	"TimelockController":    &timelockcontroller.TimelockControllerMetaData,
	"CharterRegistry":       &charterregistry.CharterRegistryMetaData,
	"ExperimentRegistry":    &experimentregistry.ExperimentRegistryMetaData,
	"GuardianRegistry":      &guardianregistry.GuardianRegistryMetaData,
	"Emergency":             &emergency.EmergencyMetaData,
}

func fileSHA(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// TestArtifactsMatchSources checks, without node or solc, that the committed artifacts were built
// from the committed sources and lockfile with the pinned compiler, and that every Go binding
// carries exactly the committed ABI and bytecode.
func TestArtifactsMatchSources(t *testing.T) {
	raw, err := os.ReadFile("artifacts/build-info.json")
	if err != nil {
		t.Fatal(err)
	}
	var info buildInfo
	if err := json.Unmarshal(raw, &info); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(info.Compiler, "solc 0.8.37+") || info.OpenZeppelin != "5.7.0" {
		t.Fatalf("built with %s and OpenZeppelin %s, want solc 0.8.37 and 5.7.0", info.Compiler, info.OpenZeppelin)
	}
	if got := fileSHA(t, "package-lock.json"); got != info.PackageLockSHA256 {
		t.Fatalf("package-lock.json changed since the artifacts were built; run go generate ./contracts/...")
	}
	srcs, _ := filepath.Glob("src/*.sol")
	if len(srcs) != len(info.Sources) {
		t.Fatalf("%d sources in src/, %d in build-info.json; run go generate ./contracts/...", len(srcs), len(info.Sources))
	}
	for _, s := range srcs {
		if got := fileSHA(t, s); got != info.Sources[s] {
			t.Fatalf("%s changed since the artifacts were built; run go generate ./contracts/...", s)
		}
	}
	if len(info.Contracts) != len(bindingsMeta) {
		t.Fatalf("%d contracts built, %d bindings", len(info.Contracts), len(bindingsMeta))
	}
	for name, meta := range bindingsMeta {
		c, ok := info.Contracts[name]
		if !ok {
			t.Fatalf("%s missing from build-info.json", name)
		}
		if c.DeployedSize > 24576 {
			t.Errorf("%s is %d bytes, over EIP-170", name, c.DeployedSize)
		}
		bin, err := os.ReadFile(filepath.Join("artifacts", name+".bin"))
		if err != nil {
			t.Fatal(err)
		}
		if sum := sha256.Sum256(bin); hex.EncodeToString(sum[:]) != c.BytecodeSHA256 {
			t.Errorf("artifacts/%s.bin does not match build-info.json", name)
		}
		if meta.Bin != "0x"+string(bin) {
			t.Errorf("binding of %s carries different bytecode than artifacts/%s.bin", name, name)
		}
		abiFile, err := os.ReadFile(filepath.Join("artifacts", name+".abi"))
		if err != nil {
			t.Fatal(err)
		}
		// abigen strips all whitespace from the ABI (also inside "struct X.Y" type names).
		stripped := strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, string(abiFile))
		var fromFile, fromBinding any
		if err := json.Unmarshal([]byte(stripped), &fromFile); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(meta.ABI), &fromBinding); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fromFile, fromBinding) {
			t.Errorf("binding of %s carries a different ABI than artifacts/%s.abi", name, name)
		}
	}
}

// TestGeneratedInSync rebuilds everything with node, solc and abigen and compares with the committed
// output. It needs node and npm and takes a while, so it runs only with WESTWORLD_CHECK_GENERATED=1
// (CI runs `make generate` and `git diff --exit-code` instead).
func TestGeneratedInSync(t *testing.T) {
	if os.Getenv("WESTWORLD_CHECK_GENERATED") != "1" {
		t.Skip("set WESTWORLD_CHECK_GENERATED=1 to rebuild the contracts and compare (needs node and npm)")
	}
	out, err := exec.Command("bash", "build.sh", "--check").CombinedOutput()
	if err != nil {
		t.Fatalf("build.sh --check: %v\n%s", err, out)
	}
}
