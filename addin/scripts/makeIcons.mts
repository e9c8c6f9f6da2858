/**
 * Renders the icons of icons.ts to the PNG sizes Office asks for (16/32/80 for the ribbon, 32/64 for the
 * add-in itself) with the system Chromium. Run once after changing an icon; the PNGs are committed.
 *
 *   pnpm --filter @taizhang/addin icons
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { iconSets } from './icons';

const out = resolve(import.meta.dirname, '../public/assets');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const set of iconSets) {
    for (const size of set.sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent">${set.svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
      const path = resolve(out, `${set.name}-${size}.png`);
      await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(path);
    }
  }
} finally {
  await browser.close();
}
