//go:build !linux

package cradle

import (
	"errors"
	"log/slog"
	"syscall"
)

// ErrNeedsRoot is returned when the netns backend cannot run.
var ErrNeedsRoot = errors.New("the netns backend needs Linux and root")

// NewNetnsBackend is Linux only.
func NewNetnsBackend(*slog.Logger) (Backend, error) { return nil, ErrNeedsRoot }

// CleanStaleNamespaces is Linux only.
func CleanStaleNamespaces(*slog.Logger) {}

func sandboxProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setpgid: true} }
