// Headless Chromium as every browser test launches it (Debian's /usr/bin/chromium, driven by
// playwright-core): headless, and none of Chromium's own background traffic, so a test can count
// every request the page makes.
import * as fs from 'fs';

export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = fs.existsSync(CHROMIUM);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
