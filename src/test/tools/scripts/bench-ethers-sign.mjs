// Benchmark companion to `atelier sign tx` (scripts/bench-sign.sh, docs/benchmarks.md): reads the same
// JSON Lines eth_signTransaction requests and prints one raw transaction per line, signed by ethers v6.
//   node bench-ethers-sign.mjs KEY_HEX < requests.jsonl > raws.txt          (plain key)
//   node bench-ethers-sign.mjs --keystore FILE PASSWORD < requests.jsonl    (decrypts a v3 keystore first)
//   node bench-ethers-sign.mjs --digests N KEY_HEX                          (signatures/s on raw digests)
import { Wallet, Transaction, keccak256, toUtf8Bytes } from 'ethers';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args[0] === '--digests') {
  const n = Number(args[1]);
  const w = new Wallet(args[2]);
  const digests = [];
  for (let i = 0; i < 256; i++) digests.push(keccak256(toUtf8Bytes('digest ' + i)));
  for (let i = 0; i < 2000; i++) w.signingKey.sign(digests[i & 255]); // warm up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) w.signingKey.sign(digests[i & 255]);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`ethers ${n} signatures in ${s.toFixed(3)} s = ${(n / s).toFixed(0)}/s`);
  process.exit(0);
}
let wallet;
if (args[0] === '--keystore') {
  wallet = await Wallet.fromEncryptedJson(readFileSync(args[1], 'utf8'), args[2]);
} else {
  wallet = new Wallet(args[0]);
}
const input = readFileSync(0, 'utf8');
const out = [];
for (const line of input.split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  const tx = Transaction.from({
    type: Number(r.type ?? 2), chainId: BigInt(r.chainId), nonce: Number(BigInt(r.nonce)), to: r.to ?? null,
    value: BigInt(r.value ?? 0), data: r.data ?? '0x', gasLimit: BigInt(r.gas),
    maxFeePerGas: BigInt(r.maxFeePerGas), maxPriorityFeePerGas: BigInt(r.maxPriorityFeePerGas),
  });
  if (r.from && r.from.toLowerCase() !== wallet.address.toLowerCase()) throw new Error('wrong from');
  tx.signature = wallet.signingKey.sign(tx.unsignedHash);
  out.push(tx.serialized);
}
process.stdout.write(out.join('\n') + '\n');
