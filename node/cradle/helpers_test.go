package cradle

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
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
// nodes are real daemons of the real binary.
func westworldBinary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "wwc-bin-")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "westworld")
		out, err := exec.Command("go", "build", "-o", binPath, "../../cmd/westworld").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("build westworld: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
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
