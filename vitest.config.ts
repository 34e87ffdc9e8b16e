import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Separate from vite.config.ts so the web-extension plugin is not loaded under vitest.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 60_000,
  },
});
