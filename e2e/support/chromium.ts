/** Debian's Chromium (never a downloaded browser) and the flags it runs headless with here: the journeys and the benchmarks share them. */
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
