import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '/work/wt-bench/bench/browser';
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS, '--headless'] });
for (const p of process.argv.slice(2)) {
  const r = await lighthouse('http://127.0.0.1:3515' + p, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = r!.lhr.audits;
  console.log(p.padEnd(20), r!.lhr.categories.performance?.score, ['first-contentful-paint','largest-contentful-paint','total-blocking-time','speed-index','cumulative-layout-shift'].map(k=>`${k.split('-').map(w=>w[0]).join('')}=${a[k]?.displayValue}`).join(' '), 'dom', (a['dom-size']?.displayValue));
}
await chrome.kill();
