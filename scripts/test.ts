/**
 * `npm test`: typecheck, lint, unit tests, one production build, end-to-end tests in Chromium — in that order,
 * stopping at the first failure — then each step's wall time and the total. CI's fault tests (.ci/run) run on the
 * build this leaves in .next, so nothing builds twice.
 */
import { spawnSync } from 'node:child_process';

const STEPS: [name: string, command: string, args: string[]][] = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['unit tests', 'npm', ['run', '--silent', 'test:unit']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const minutes = (ms: number) => {
  const whole = Math.round(ms / 1000);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
};

const started = performance.now();
const times: [string, number][] = [];
let failed: string | null = null;
for (const [name, command, args] of STEPS) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const stepStarted = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  times.push([name, performance.now() - stepStarted]);
  if (result.status !== 0) {
    failed = name;
    break;
  }
}

const total = performance.now() - started;
console.log('\nWall time');
for (const [name, ms] of times) console.log(`  ${name.padEnd(18)} ${seconds(ms).padStart(9)}`);
console.log(`  ${'total'.padEnd(18)} ${seconds(total).padStart(9)}  (${minutes(total)})`);
if (failed) {
  console.error(`\nnpm test failed at: ${failed}`);
  process.exit(1);
}
