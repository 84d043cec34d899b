// Writes a GLB of a wavy grid with about 1,000,000 triangles (positions, normals, UVs, uint32
// indices; about 28 MB) using @gltf-transform/core: node make-glb.mjs OUT.glb [QUADS_PER_SIDE]
import { Document, NodeIO } from '@gltf-transform/core';

const out = process.argv[2];
const n = Number(process.argv[3] ?? 708);
const vc = (n + 1) * (n + 1);
const pos = new Float32Array(vc * 3), nrm = new Float32Array(vc * 3), uv = new Float32Array(vc * 2);
for (let y = 0, k = 0; y <= n; y++) for (let x = 0; x <= n; x++, k++) {
  const h = Math.sin(x * 0.05) * Math.cos(y * 0.05) * 0.05;
  pos.set([x / n, h, y / n], k * 3);
  nrm.set([0, 1, 0], k * 3);
  uv.set([x / n, y / n], k * 2);
}
const idx = new Uint32Array(n * n * 6);
for (let y = 0, k = 0; y < n; y++) for (let x = 0; x < n; x++) {
  const a = y * (n + 1) + x, b = a + n + 1;
  idx.set([a, b, a + 1, a + 1, b, b + 1], k); k += 6;
}
const doc = new Document();
const buffer = doc.createBuffer();
const prim = doc.createPrimitive()
  .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(pos).setBuffer(buffer))
  .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(nrm).setBuffer(buffer))
  .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(uv).setBuffer(buffer))
  .setIndices(doc.createAccessor().setType('SCALAR').setArray(idx).setBuffer(buffer))
  .setMaterial(doc.createMaterial('ground').setBaseColorFactor([0.6, 0.7, 0.8, 1]));
const mesh = doc.createMesh('grid').addPrimitive(prim);
doc.createScene().addChild(doc.createNode('grid').setMesh(mesh));
await new NodeIO().write(out, doc);
console.log(`${out}: ${n * n * 2} triangles, ${vc} vertices`);
