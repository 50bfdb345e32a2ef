// Package chain connects a westworld node to the governance contracts on an Ethereum chain.
//
// It holds four things:
//
//   - Client, an ethclient over HTTP or WebSocket JSON-RPC that refuses an endpoint on the wrong
//     chain and checks an account can pay for a transaction before it is sent;
//   - Watcher, which follows the chain a configurable number of confirmations behind the head,
//     detects reorganisations by block hash and rewinds, and keeps an Index of the governance
//     events (proposals, votes, charter records, experiments, guardians, emergency signals) in
//     Badger so that every query the node and the CLI make is a local read;
//   - DevChain, go-ethereum's dev-mode node (what `geth --dev` runs) inside the process, with the
//     contracts deployed and dev accounts funded on first start;
//   - Wallet, go-ethereum keystore files (geth-compatible scrypt JSON) and a Signer that signs
//     transactions and EIP-712 ballots.
//
// The contracts themselves, their bindings, deployment and event decoding live in package
// contracts; this package uses them.
package chain
