/**
 * `npm run icons`: renders the icon's SVG source (assets/icon.svg) to the PNG sizes the manifests name
 * (public/icon/16.png … 128.png) with resvg, a rasteriser bundled as a native npm package (no download at run time).
 * The PNGs are committed, so a build needs no rasteriser.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const ROOT = resolve(import.meta.dirname, '..');
export const ICON_SIZES = [16, 32, 48, 128] as const;

const svg = readFileSync(resolve(ROOT, 'assets/icon.svg'), 'utf8');
mkdirSync(resolve(ROOT, 'public/icon'), { recursive: true });
for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(resolve(ROOT, `public/icon/${size}.png`), png);
  console.log(`public/icon/${size}.png`);
}
