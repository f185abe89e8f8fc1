import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        setupFiles: ['test/setup.ts'],
        // A run that collects no test is a failure, not a green build.
        passWithNoTests: false,
        testTimeout: 30_000,
        pool: 'forks',
    },
});
