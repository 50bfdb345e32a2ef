package p2p

import "syscall"

const syscallEADDRINUSE = syscall.EADDRINUSE
