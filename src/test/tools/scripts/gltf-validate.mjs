// Runs the Khronos glTF-Validator on .gltf/.glb files (external resources from each model's folder)
// and prints one JSON object: {"<file>": {issues:{numErrors,...,messages:[{code,message,severity,pointer}]}, info:{...}}}.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import validator from 'gltf-validator';

const out = {};
for (const file of process.argv.slice(2)) {
  try {
    out[file] = await validator.validateBytes(new Uint8Array(readFileSync(file)), {
      uri: file,
      maxIssues: 1000,
      externalResourceFunction: (uri) => new Promise((ok, fail) => {
        try { ok(new Uint8Array(readFileSync(resolve(dirname(file), decodeURIComponent(uri))))); }
        catch (e) { fail(String(e)); }
      }),
    });
  } catch (e) {
    out[file] = { failed: String(e) };
  }
}
console.log(JSON.stringify(out));
