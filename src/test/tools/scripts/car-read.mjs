// Reads a CAR file with @ipld/car and prints JSON {roots, blocks:[cid...], badHashes:n}: each
// block's bytes are re-hashed with SHA-256 and compared with its CID's multihash.
import { readFileSync } from 'node:fs';
import { CarReader } from '@ipld/car';
import { sha256 } from 'multiformats/hashes/sha2';

const reader = await CarReader.fromBytes(readFileSync(process.argv[2]));
const roots = (await reader.getRoots()).map(String);
const blocks = [];
let badHashes = 0;
for await (const { cid, bytes } of reader.blocks()) {
  blocks.push(cid.toString());
  const mh = await sha256.digest(bytes);
  if (Buffer.compare(Buffer.from(mh.bytes), Buffer.from(cid.multihash.bytes)) !== 0) badHashes++;
}
console.log(JSON.stringify({ version: reader.version, roots, blocks, badHashes }));
