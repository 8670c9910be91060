import { defineConfig } from 'vitest/config';

// End-to-end tests: real browsers with the built extension (run `npm run build && npm run build:firefox` first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
