#!/usr/bin/env node
// @ts-check
/**
 * `npm run icons`: every icon the installers need, from the one drawing resources/icon.svg.
 * - resources/icon.png (1024 px): electron-builder's fallback and the window icon on Linux;
 * - resources/icons/<size>x<size>.png: the sizes a Linux desktop picks from (AppImage, deb);
 * - resources/icon.ico (16–256 px): Windows (NSIS installer, taskbar, the .fieldbook file type);
 * - resources/icon.icns (16–1024 px): macOS.
 * The outputs are committed, so a build never needs this script; rerun it after editing the SVG.
 */
import { mkdir, readFile, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import icongen from 'icon-gen'
import sharp from 'sharp'
import { ICNS_SIZES, ICO_SIZES, LINUX_SIZES } from './icon-sizes.mjs'

const resources = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources')
const source = join(resources, 'icon.svg')

/** @param {Buffer} svg @param {number} size @param {string} file */
async function png(svg, size, file) {
  // Rendered at the target size (not scaled down from 1024) so small sizes stay crisp.
  await sharp(svg, { density: Math.max(72, (72 * size) / 1024) * 4 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(file)
}

async function main() {
  const svg = await readFile(source)
  await png(svg, 1024, join(resources, 'icon.png'))
  await mkdir(join(resources, 'icons'), { recursive: true })
  for (const size of LINUX_SIZES)
    await png(svg, size, join(resources, 'icons', `${size}x${size}.png`))
  const work = join(resources, '.icon-gen')
  await rm(work, { recursive: true, force: true })
  await mkdir(work, { recursive: true })
  await icongen(source, work, {
    report: false,
    ico: { name: 'icon', sizes: ICO_SIZES },
    icns: { name: 'icon', sizes: ICNS_SIZES }
  })
  await rename(join(work, 'icon.ico'), join(resources, 'icon.ico'))
  await rename(join(work, 'icon.icns'), join(resources, 'icon.icns'))
  await rm(work, { recursive: true, force: true })
  console.log(`Icons written to ${resources}`)
}

await main()
