// Reference CIDs for the tests: node unixfs-cid.mjs (file|dir) PATH
//   file: ipfs-only-hash with CIDv1 and raw leaves (what `ipfs add --cid-version 1` prints)
//   dir:  ipfs-unixfs-importer with kubo's legacy defaults (profile unixfs-v0-2015: 256 KiB chunks,
//         174 links, links-bytes HAMT threshold) plus --cid-version 1 (raw leaves), hidden files skipped.
import { createRequire } from 'node:module';
import { createReadStream, readdirSync, lstatSync, readlinkSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { importer } from 'ipfs-unixfs-importer';
import { MemoryBlockstore } from 'blockstore-core/memory';

const require = createRequire(import.meta.url);
const [mode, path] = process.argv.slice(2);

if (mode === 'file') {
  const Hash = require('ipfs-only-hash');
  console.log(await Hash.of(createReadStream(path), { cidVersion: 1, rawLeaves: true }));
} else if (mode === 'dir') {
  const root = basename(path);
  const entries = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      const rel = join(root, relative(path, full));
      const st = lstatSync(full);
      if (st.isDirectory()) { entries.push({ path: rel }); walk(full); }
      else if (st.isFile()) entries.push({ path: rel, content: createReadStream(full) });
    }
  };
  entries.push({ path: root });
  walk(path);
  let last;
  for await (const e of importer(entries, new MemoryBlockstore(),
      { profile: 'unixfs-v0-2015', cidVersion: 1, rawLeaves: true })) {
    if (e.path === root) last = e.cid;
  }
  console.log(last.toString());
} else {
  console.error('usage: unixfs-cid.mjs file|dir PATH');
  process.exit(2);
}
