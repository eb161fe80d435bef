import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'dist-cli/', 'node_modules/', 'src/core/**/data/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The core is shared by the extension and the CLI (test/unit/conventions.test.ts checks relative imports).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'webextension-polyfill', 'linkedom', 'happy-dom'], message: 'src/core is pure: no Node, browser or DOM modules.' }] }],
    },
  },
);
