import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'dist-cli/', 'node_modules/', 'src/core/**/data/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The core is shared by the extension and the CLI: it may not reach outside itself.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../../*', 'node:*', 'webextension-polyfill'], message: 'src/core is pure: import only from src/core.' }] }],
    },
  },
);
