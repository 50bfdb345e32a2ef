package main

// The bare variant of the firewall program (parser and blocklist lookup,
// no rate limit, no counters), compiled from the same source as package bpf
// with -DFW_BARE, and the full program compiled here with the same flags as
// package bpf, so that bare_test.go can time both in the kernel with
// BPF_PROG_TEST_RUN.
//go:generate go tool bpf2go -cc clang -cflags "-O2 -g -Wall -Werror -mcpu=v3 -I/usr/include/x86_64-linux-gnu -DFW_BARE" -type key_v4 -type block_val bare ../../bpf/c/firewall.c
//go:generate go tool bpf2go -cc clang -cflags "-O2 -g -Wall -Werror -mcpu=v3 -I/usr/include/x86_64-linux-gnu" full ../../bpf/c/firewall.c
