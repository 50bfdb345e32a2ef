package api

import (
	"sync"
	"syscall"
)

// umaskMu serializes umask changes: see Server.Start.
var umaskMu sync.Mutex

func umask(m int) int { return syscall.Umask(m) }
