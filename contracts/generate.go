package contracts

// build.sh compiles src/ with the pinned solc and regenerates artifacts/ and bindings/ (committed).
//go:generate bash ./build.sh
