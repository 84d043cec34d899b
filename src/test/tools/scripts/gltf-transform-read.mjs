// Warm in-process read of a GLB with @gltf-transform/core (NodeIO.read, then every primitive's
// attribute and index arrays touched), the reference for Atelier's parse benchmark.
// node gltf-transform-read.mjs FILE [WARMUP] [RUNS] -> prints "gltf-transform-read-ms median=... min=..."
import { NodeIO } from '@gltf-transform/core';
import { performance } from 'node:perf_hooks';

const [file, warm = 10, runs = 30] = process.argv.slice(2);
const io = new NodeIO();
async function once() {
  const doc = await io.read(file);
  let n = 0;
  for (const mesh of doc.getRoot().listMeshes()) for (const p of mesh.listPrimitives()) {
    for (const a of p.listAttributes()) n += a.getArray().length;
    n += p.getIndices()?.getArray().length ?? 0;
  }
  return n;
}
for (let i = 0; i < Number(warm); i++) await once();
const times = [];
for (let i = 0; i < Number(runs); i++) {
  const t = performance.now();
  await once();
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`gltf-transform-read-ms median=${times[times.length >> 1].toFixed(1)} min=${times[0].toFixed(1)}`);
