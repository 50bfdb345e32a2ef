// Compiles contracts/src with the pinned solc (npm "solc", see package.json) through the standard
// JSON interface and writes deterministic artifacts: <Name>.abi, <Name>.bin and build-info.json.
// Usage: node scripts/compile.js OUTDIR   (run from contracts/, normally through build.sh)
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const solc = require('solc');

// The contracts that get artifacts and Go bindings, with the source unit that defines each.
const CONTRACTS = [
  ['src/WestToken.sol', 'WestToken'],
  ['src/WestGovernor.sol', 'WestGovernor'],
  ['src/WestEmergencyGovernor.sol', 'WestEmergencyGovernor'],
  ['@openzeppelin/contracts/governance/TimelockController.sol', 'TimelockController'],
  ['src/CharterRegistry.sol', 'CharterRegistry'],
  ['src/ExperimentRegistry.sol', 'ExperimentRegistry'],
  ['src/GuardianRegistry.sol', 'GuardianRegistry'],
  ['src/Emergency.sol', 'Emergency'],
];

// EIP-170: deployed code larger than this cannot be created on Ethereum mainnet.
const MAX_DEPLOYED_SIZE = 24576;

const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  metadata: { bytecodeHash: 'ipfs' },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
};

const root = path.resolve(__dirname, '..');
const outDir = path.resolve(process.argv[2] || path.join(root, 'artifacts'));

function sha256(buf) {
  return crypto.createHash('sha256').update(buf).digest('hex');
}

// Imports resolve like `solcjs --base-path . --include-path node_modules`: source unit names stay
// relative ("src/X.sol", "@openzeppelin/..."), so the metadata hash never contains a local path.
function findImports(unit) {
  for (const base of [root, path.join(root, 'node_modules')]) {
    const p = path.join(base, unit);
    if (p.startsWith(base + path.sep) && fs.existsSync(p)) {
      return { contents: fs.readFileSync(p, 'utf8') };
    }
  }
  return { error: 'not found: ' + unit };
}

const srcFiles = fs.readdirSync(path.join(root, 'src')).filter((f) => f.endsWith('.sol')).sort();
const sources = {};
for (const f of srcFiles) {
  sources['src/' + f] = { content: fs.readFileSync(path.join(root, 'src', f), 'utf8') };
}

const input = { language: 'Solidity', sources, settings: SETTINGS };
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

let failed = false;
for (const e of output.errors || []) {
  // OpenZeppelin's own warnings are not ours to fix; show errors, and warnings in src/.
  const file = e.sourceLocation ? e.sourceLocation.file : '';
  if (e.severity === 'error' || file.startsWith('src/')) {
    process.stderr.write(e.formattedMessage || e.message);
  }
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
const info = {
  compiler: 'solc ' + solc.version(),
  settings: { optimizer: SETTINGS.optimizer, evmVersion: SETTINGS.evmVersion },
  openzeppelin: JSON.parse(fs.readFileSync(path.join(root, 'node_modules/@openzeppelin/contracts/package.json'))).version,
  package_lock_sha256: sha256(fs.readFileSync(path.join(root, 'package-lock.json'))),
  sources: {},
  contracts: {},
};
for (const f of srcFiles) {
  info.sources['src/' + f] = sha256(fs.readFileSync(path.join(root, 'src', f)));
}
for (const [unit, name] of CONTRACTS) {
  const c = output.contracts[unit] && output.contracts[unit][name];
  if (!c) {
    process.stderr.write(`compile: ${name} not found in ${unit}\n`);
    process.exit(1);
  }
  const bin = c.evm.bytecode.object;
  const deployed = c.evm.deployedBytecode.object.length / 2;
  if (deployed > MAX_DEPLOYED_SIZE) {
    process.stderr.write(`compile: ${name} deployed code is ${deployed} bytes, over the ${MAX_DEPLOYED_SIZE}-byte limit\n`);
    process.exit(1);
  }
  fs.writeFileSync(path.join(outDir, name + '.abi'), JSON.stringify(c.abi, null, 2) + '\n');
  fs.writeFileSync(path.join(outDir, name + '.bin'), bin);
  info.contracts[name] = { source: unit, deployed_size: deployed, bytecode_sha256: sha256(bin) };
}
fs.writeFileSync(path.join(outDir, 'build-info.json'), JSON.stringify(info, null, 2) + '\n');
