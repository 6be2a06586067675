// Lint: typescript-eslint's recommended rules for src/, tests/ and scripts/, run by `npm test`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'output/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // "_" marks a value left out on purpose
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // tests build hostile input on purpose: control characters, runs of spaces
    files: ['tests/**'],
    rules: { 'no-control-regex': 'off', 'no-regex-spaces': 'off' },
  },
);
