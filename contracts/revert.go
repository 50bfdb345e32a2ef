package contracts

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// RevertError is a contract revert decoded against the custom errors of every westworld contract
// (and Solidity's Error(string) and Panic(uint256)), so the CLI can say "GovernorUnexpectedProposalState"
// instead of "execution reverted".
type RevertError struct {
	// Name is the Solidity error name, e.g. "AccessControlUnauthorizedAccount".
	Name string
	// Args are the decoded error arguments, in declaration order.
	Args []any
	// Data is the raw revert data.
	Data []byte
	err  error
}

// Error formats the error as Name(arg, ...).
func (e *RevertError) Error() string {
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		switch v := a.(type) {
		case [32]byte:
			parts[i] = hexutil.Encode(v[:])
		case [4]byte:
			parts[i] = hexutil.Encode(v[:])
		case []byte:
			parts[i] = hexutil.Encode(v)
		default:
			parts[i] = fmt.Sprint(v)
		}
	}
	return fmt.Sprintf("execution reverted: %s(%s)", e.Name, strings.Join(parts, ", "))
}

// Unwrap returns the transport error the revert came in.
func (e *RevertError) Unwrap() error { return e.err }

// revertErrors maps 4-byte selectors to the errors declared in the contracts' ABIs.
var revertErrors = func() map[[4]byte]abi.Error {
	m := make(map[[4]byte]abi.Error)
	for _, a := range []abi.ABI{charterABI.GetABI(), experimentABI.GetABI(), guardianABI.GetABI(), emergencyABI.GetABI(),
		governorABI.GetABI(), emergencyGov.GetABI(), timelockABI.GetABI(), tokenABI.GetABI()} {
		for _, e := range a.Errors {
			m[[4]byte(e.ID[:4])] = e
		}
	}
	str, _ := abi.NewType("string", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	for _, e := range []abi.Error{
		abi.NewError("Error", abi.Arguments{{Name: "message", Type: str}}),
		abi.NewError("Panic", abi.Arguments{{Name: "code", Type: u256}}),
	} {
		m[[4]byte(e.ID[:4])] = e
	}
	return m
}()

// RevertData extracts the revert data an RPC error carries (eth_call and eth_estimateGas return it).
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return nil, false
	}
	return data, true
}

// UnpackRevert decodes raw revert data against the known errors.
func UnpackRevert(data []byte) (*RevertError, bool) {
	if len(data) < 4 {
		return nil, false
	}
	e, ok := revertErrors[[4]byte(data[:4])]
	if !ok {
		return nil, false
	}
	args, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, false
	}
	for i, a := range args {
		if b, ok := a.(*big.Int); ok {
			args[i] = new(big.Int).Set(b)
		}
	}
	return &RevertError{Name: e.Name, Args: args, Data: data}, true
}

// DecodeRevert returns err with its revert data decoded into a *RevertError when it has any that
// matches a known error, and err unchanged otherwise (nil stays nil).
func DecodeRevert(err error) error {
	if err == nil {
		return nil
	}
	var already *RevertError
	if errors.As(err, &already) {
		return err
	}
	data, ok := RevertData(err)
	if !ok {
		return err
	}
	re, ok := UnpackRevert(data)
	if !ok {
		return err
	}
	re.err = err
	return re
}

// IsRevert reports whether err is (or wraps) a revert with the given Solidity error name.
func IsRevert(err error, name string) bool {
	var re *RevertError
	if errors.As(DecodeRevert(err), &re) {
		return re.Name == name
	}
	return false
}
