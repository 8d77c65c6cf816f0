import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const browserMayNotImport = {
  patterns: [
    { group: ['**/server/**', '#server/*'], message: 'Browser code must not import server code.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/app/**', 'src/ui/**', 'src/console/**', 'src/sw/**', 'src/device/**'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-restricted-imports': ['error', browserMayNotImport] },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/server/**',
                '**/app/**',
                '**/console/**',
                '**/sw/**',
                '**/ui/**',
                'node:*',
              ],
              message: 'src/shared is isomorphic: no DOM, no Node, no imports from the faces.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**', 'tests/**', 'bench/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // The server's domain modules sit below its HTTP layer: routes call them, never the other way
    // round. Errors (`problem.ts`) and the request environment types (`request-env.ts`) live at
    // the top of src/server for that reason. Only the composition roots (app.ts, main.ts, cli/)
    // may reach into http/.
    files: ['src/server/*/**'],
    ignores: ['src/server/http/**', 'src/server/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/http/*', '**/http'],
              message:
                'Domain modules must not import from src/server/http/ (errors: src/server/problem.ts, request types: src/server/request-env.ts).',
            },
          ],
        },
      ],
    },
  },
);
