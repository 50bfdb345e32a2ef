package cradle

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var (
	binMu   sync.Mutex
	binPath string
	binDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// westworldBinary builds cmd/westworld once for the sandbox tests: the
// nodes are real daemons of the real binary. If the binary is gone (a CI run
// once found it missing right after a successful build, with other packages'
// tests running alongside), it says so and builds it again.
func westworldBinary(t *testing.T) string {
	t.Helper()
	binMu.Lock()
	defer binMu.Unlock()
	if binPath != "" {
		st, err := os.Stat(binPath)
		if err == nil && st.Mode()&0o111 != 0 {
			return binPath
		}
		t.Logf("westworld binary %s is gone (%v): building it again", binPath, err)
	}
	if binDir == "" {
		d, err := os.MkdirTemp("", "wwc-bin-")
		if err != nil {
			t.Fatal(err)
		}
		binDir = d
	}
	path := filepath.Join(binDir, "westworld")
	out, err := exec.Command("go", "build", "-o", path, "../../cmd/westworld").CombinedOutput()
	if err != nil {
		t.Fatalf("build westworld: %v\n%s", err, out)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("go build succeeded but %s is not there: %v", path, err)
	}
	binPath = path
	return binPath
}

// sandboxTest skips the multi-node runs under -short.
func sandboxTest(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("sandbox run: skipped with -short")
	}
}

// processesUnder lists the PIDs whose command line mentions dir.
func processesUnder(dir string) []string {
	var out []string
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err != nil {
			continue
		}
		if strings.Contains(string(b), dir) {
			out = append(out, e.Name())
		}
	}
	return out
}

// namespacesWithPrefix lists the named network namespaces starting with p.
func namespacesWithPrefix(p string) []string {
	var out []string
	ents, _ := os.ReadDir("/run/netns")
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), p) {
			out = append(out, e.Name())
		}
	}
	return out
}
