// Compiles the contract templates in src/main/solidity with the pinned solc (npm "solc") and
// OpenZeppelin Contracts (npm "@openzeppelin/contracts") and writes one JSON per contract
// (ABI + creation and runtime bytecode + the settings that produced them).
//
//   node src/test/tools/compile-contracts.mjs [--out DIR]
//
// Default DIR: src/main/resources/dev/atelier/contracts (committed). ContractBytecodeTest runs this
// into a temp folder and fails when the committed artifacts differ.
import { readFileSync, writeFileSync, readdirSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'package.json'));
const solc = require('solc');
const ozVersion = require('@openzeppelin/contracts/package.json').version;
const root = resolve(here, '..', '..', '..');
const srcDir = join(root, 'src', 'main', 'solidity');
const outIdx = process.argv.indexOf('--out');
const outDir = outIdx > 0 ? resolve(process.argv[outIdx + 1]) : join(root, 'src', 'main', 'resources', 'dev', 'atelier', 'contracts');

export const SETTINGS = {
  evmVersion: 'cancun',
  optimizer: { enabled: true, runs: 200 },
  metadata: { bytecodeHash: 'ipfs' },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
};

const sources = {};
for (const f of readdirSync(srcDir).filter((f) => f.endsWith('.sol')).sort()) {
  sources[f] = { content: readFileSync(join(srcDir, f), 'utf8') };
}

function findImports(path) {
  try {
    return { contents: readFileSync(require.resolve(path), 'utf8') };
  } catch (e) {
    return { error: 'not found: ' + path };
  }
}

const input = { language: 'Solidity', sources, settings: SETTINGS };
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
for (const e of output.errors || []) console.error(e.formattedMessage);
if (errors.length) process.exit(1);

if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });
for (const file of Object.keys(sources)) {
  for (const [name, c] of Object.entries(output.contracts[file])) {
    const artifact = {
      contractName: name,
      source: 'src/main/solidity/' + file,
      compiler: 'solc ' + solc.version(),
      openzeppelin: ozVersion,
      evmVersion: SETTINGS.evmVersion,
      optimizer: SETTINGS.optimizer,
      abi: c.abi,
      bytecode: '0x' + c.evm.bytecode.object,
      deployedBytecode: '0x' + c.evm.deployedBytecode.object,
    };
    writeFileSync(join(outDir, name + '.json'), JSON.stringify(artifact, null, 2) + '\n');
    console.log(`${name}: ${c.evm.bytecode.object.length / 2} bytes creation, ${c.evm.deployedBytecode.object.length / 2} bytes runtime`);
  }
}
