// Reference CID of a file or folder, as `ipfs add -r --cid-version 1` computes it (kubo defaults:
// raw leaves, 256 KiB fixed chunks, balanced DAG, 174 links per node), using ipfs-only-hash's
// importer. Used by the Studio tests to check package CIDs independently of our code.
// Usage: node folder-cid.cjs PATH   -> prints the CID of PATH (and of every sub-folder with --all)
const fs = require('fs');
const path = require('path');
const { importer } = require('ipfs-unixfs-importer');

const block = {
  get: async cid => { throw new Error(`unexpected get ${cid}`); },
  put: async () => { throw new Error('unexpected put'); },
};

function* walk(root, rel) {
  const full = path.join(root, rel);
  if (fs.statSync(full).isDirectory()) {
    const names = fs.readdirSync(full).sort();
    if (names.length === 0) yield { path: rel };
    for (const n of names) yield* walk(root, path.posix.join(rel, n));
  } else {
    yield { path: rel, content: fs.readFileSync(full) };
  }
}

(async () => {
  const target = path.resolve(process.argv[2]);
  const all = process.argv.includes('--all');
  const base = path.basename(target);
  const entries = [...walk(path.dirname(target), base)];
  const opts = { onlyHash: true, cidVersion: 1, rawLeaves: true, chunker: 'fixed', maxChunkSize: 262144, maxChildrenPerNode: 174 };
  for await (const e of importer(entries, block, opts)) {
    if (e.path === base) console.log(`${e.cid}`);
    else if (all) console.log(`${e.cid} ${e.path}`);
  }
})().catch(e => { console.error(e.message); process.exit(1); });
