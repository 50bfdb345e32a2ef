package netns

import (
	"os"
	"os/exec"
	"testing"

	"golang.org/x/sys/unix"
)

func inode(t *testing.T, path string) uint64 {
	t.Helper()
	var st unix.Stat_t
	if err := unix.Stat(path, &st); err != nil {
		t.Fatal(err)
	}
	return st.Ino
}

func TestDo(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to create a network namespace")
	}
	const name = "ww-netns-test"
	if out, err := exec.Command("ip", "netns", "add", name).CombinedOutput(); err != nil {
		t.Fatalf("ip netns add: %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command("ip", "netns", "del", name).Run() })
	own := inode(t, "/proc/thread-self/ns/net")
	var inside uint64
	if err := Do(Path(name), func() error {
		inside = inode(t, "/proc/thread-self/ns/net")
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if inside != inode(t, Path(name)) || inside == own {
		t.Fatalf("fn ran in namespace %d, want %d (own %d)", inside, inode(t, Path(name)), own)
	}
	if err := Do(Path("ww-netns-missing"), func() error { return nil }); !os.IsNotExist(err) {
		t.Fatalf("missing namespace: %v", err)
	}
}
