// Runs the Khronos glTF-Validator on a .gltf/.glb (external resources from the model's folder)
// and prints its JSON report: {issues:{numErrors,numWarnings,messages:[{code,message,severity,pointer}]}, info:{...}}.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import validator from 'gltf-validator';

const file = process.argv[2];
const report = await validator.validateBytes(new Uint8Array(readFileSync(file)), {
  uri: file,
  maxIssues: 1000,
  externalResourceFunction: (uri) => new Promise((ok, fail) => {
    try { ok(new Uint8Array(readFileSync(resolve(dirname(file), decodeURIComponent(uri))))); }
    catch (e) { fail(String(e)); }
  }),
});
console.log(JSON.stringify(report));
