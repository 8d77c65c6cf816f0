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
);
