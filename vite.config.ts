import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import webExtension from 'vite-plugin-web-extension';

// One manifest, two builds: TARGET=chrome|firefox picks the browser-specific keys ({{chrome}}. / {{firefox}}.).
// The plugin re-loads this config for each child build, so the env var reaches all of them.
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  root: '.',
  publicDir: 'assets',
  plugins: [
    preact(),
    webExtension({
      manifest: 'manifest.json',
      browser: target,
      disableAutoLaunch: true,
      // Validation downloads a JSON schema from the internet, which this project never reaches.
      skipManifestValidation: true,
      printSummary: false,
    }),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    // CC_NO_MINIFY=1 keeps function names, for reading browser profiles of the built extension.
    minify: process.env.CC_NO_MINIFY !== '1',
    sourcemap: false,
    modulePreload: false,
  },
});
