//go:build linux

package cradle

import "syscall"

// sandboxProcAttr puts a node in its own process group (a terminal's
// Ctrl-C reaches only the runner, which kills the nodes itself) and has the
// kernel SIGKILL it if the runner dies without cleaning up.
func sandboxProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
