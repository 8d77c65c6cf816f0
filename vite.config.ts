import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { appBootScreen, consoleCriticalCss } from './build/boot-screen';
import { compileCatalogues } from './build/i18n-compile';

const here = import.meta.dirname;

/** The lock's code (src/app/lock/state.ts), the one script loaded from the network after the first paint. */
const LOCK_STATE = resolve(here, 'src/app/lock/state.ts');
const LOCK_CHUNK = 'assets/lock-[hash].js';

/** The service user's PWA: built to dist/app, served at /, precached by its own service worker. */
const appConfig: UserConfig = {
  root: resolve(here, 'src/app'),
  base: '/',
  publicDir: resolve(here, 'public'),
  plugins: [
    compileCatalogues(),
    preact(),
    appBootScreen(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: resolve(here, 'src/sw'),
      filename: 'index.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        // The worker's own words (notifications) are catalogues too, compiled like the app's.
        plugins: [compileCatalogues()],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    outDir: resolve(here, 'dist/app'),
    emptyOutDir: true,
    target: 'es2020',
    // No modulepreload polyfill in the first load: browsers without <link rel=modulepreload>
    // still load every module, just without the head start (bench/README.md, App).
    modulePreload: {
      polyfill: false,
      // A script that loads later names no modules to preload, only its stylesheets: it comes
      // from the service worker's cache, and adding dozens of <link rel=modulepreload> at once
      // was a long task of its own on a slow phone. The lock's code is the exception: it is
      // fetched over the network on a first visit, straight after the first paint, and without
      // its list its imports would come one level at a time.
      resolveDependencies: (file, deps, { hostType }) =>
        hostType === 'html' || file.startsWith('assets/lock-')
          ? deps
          : deps.filter((dep) => dep.endsWith('.css')),
    },
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId === LOCK_STATE ? LOCK_CHUNK : 'assets/[name]-[hash].js',
      },
    },
  },
};

/** The caseworker console: built to dist/console, served at /console/, never precached. */
const consoleConfig: UserConfig = {
  root: resolve(here, 'src/console'),
  base: '/console/',
  publicDir: false,
  plugins: [compileCatalogues(), preact(), consoleCriticalCss()],
  build: {
    outDir: resolve(here, 'dist/console'),
    emptyOutDir: true,
    target: 'es2020',
    rolldownOptions: {
      output: {
        // zod and the line that turns its eval probe off share one chunk, in that order. Left to
        // itself the bundler puts zod in a chunk shared with the lazy screens, which builds
        // schemas (and so probes eval, a CSP violation) before the entry's first line runs.
        codeSplitting: {
          groups: [
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]shared[\\/]zod-jitless/ },
          ],
        },
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'console' ? consoleConfig : appConfig));
