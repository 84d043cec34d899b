// Installs the pinned npm test tools when package-lock.json changed since the last install.
// Run by Maven (generate-test-resources) and by .ci/run; a no-op when node_modules is current.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const lock = readFileSync('package-lock.json');
const want = createHash('sha256').update(lock).digest('hex');
const stamp = 'node_modules/.atelier-lock-sha256';
const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
if (have === want) {
  console.log('test tools: up to date');
} else {
  console.log('test tools: installing from package-lock.json (npm ci)');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  writeFileSync(stamp, want + '\n');
}
