// @ts-check
/**
 * Installers (`npm run dist`): electron-builder packs out/ (built by electron-vite) into an asar
 * archive with the production dependencies main requires at run time (package.json
 * `dependencies`; everything the renderer uses is bundled by Vite and listed as a dev
 * dependency), then flips Electron's fuses right before signing.
 * test/build/builderConfig.test.ts checks this file against electron-builder's own schema.
 *
 * @type {import('electron-builder').Configuration}
 */
module.exports = {
  appId: 'app.fieldbook.desktop',
  productName: 'Fieldbook',
  copyright: 'Copyright © 2026 Fieldbook',
  directories: { output: 'dist', buildResources: 'resources' },
  // Only the built app: no sources, tests, maps or the renderer's own node_modules.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!**/*.map'],
  asar: true,
  // No native modules: nothing to rebuild against Electron's headers.
  npmRebuild: false,
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general Node.js runtime.
    runAsNode: false,
    // NODE_OPTIONS / NODE_EXTRA_CA_CERTS could inject code or trust into the main process.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect and SIGUSR1 would open a debugger on the main process.
    enableNodeCliInspectArguments: false,
    // The app.asar is checked against the hash electron-builder embeds (macOS, Windows).
    enableEmbeddedAsarIntegrityValidation: true,
    // Never fall back to a loose app/ folder next to the archive.
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    // The renderer is served from app://, never file://.
    grantFileProtocolExtraPrivileges: false
  },
  // A backup file a manager double-clicks opens in Fieldbook, which offers to restore it.
  fileAssociations: [
    {
      ext: 'fieldbook',
      name: 'Fieldbook backup',
      description: 'Fieldbook workspace backup',
      mimeType: 'application/x-fieldbook-backup',
      role: 'Editor',
      icon: 'icon'
    }
  ],
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'resources/icons',
    category: 'Office',
    synopsis: 'Coaching, 1:1s and performance plans for sales managers',
    maintainer: 'Fieldbook <support@fieldbook.app>'
  },
  deb: { depends: ['libnotify4', 'libxtst6', 'libnss3'] },
  win: { target: ['nsis'], icon: 'resources/icon.ico' },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true
  },
  mac: {
    target: ['dmg'],
    icon: 'resources/icon.icns',
    category: 'public.app-category.business'
  },
  dmg: { title: 'Fieldbook ${version}' }
}
