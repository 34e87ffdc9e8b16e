// Import boundaries (docs/adr/0001-layers.md): entries -> page/ui/platform -> core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const layer = (name) => `(^|/)${name}(/|$)`;
const forbid = (names, message) => ({
  'no-restricted-imports': ['error', {
    patterns: names.map((n) => ({ regex: n.startsWith('^') ? n : layer(n), message })),
  }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'artifacts/**', 'node_modules/**', 'coverage/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**'],
    rules: forbid(['page', 'ui', 'platform', 'content', 'background', 'popup', '^webextension-polyfill$', '^preact', '^@floating-ui', '^@mozilla/readability$', '^node:', '^fs$', '^path$'],
      'src/core is pure TypeScript: it may not import DOM, browser, Node or UI code (docs/adr/0001-layers.md).'),
  },
  {
    files: ['src/page/**'],
    rules: forbid(['ui', 'platform', 'content', 'background', 'popup', '^webextension-polyfill$', '^preact'],
      'src/page may import only src/core and DOM libraries (docs/adr/0001-layers.md).'),
  },
  {
    files: ['src/ui/**'],
    rules: forbid(['page', 'platform', 'content', 'background', 'popup', '^webextension-polyfill$'],
      'src/ui may import only src/core and Preact; browser APIs come in as props (docs/adr/0001-layers.md).'),
  },
  {
    files: ['src/platform/**'],
    rules: forbid(['page', 'ui', 'content', 'background', 'popup'],
      'src/platform wraps browser APIs and may import only src/core (docs/adr/0001-layers.md).'),
  },
  { files: ['src/content/**'], rules: forbid(['background', 'popup'], 'Entry points do not import each other.') },
  { files: ['src/background/**'], rules: forbid(['content', 'popup', 'page', 'ui'], 'The background has no DOM: it may not import page or ui code.') },
  { files: ['src/popup/**'], rules: forbid(['content', 'background', 'page'], 'Entry points do not import each other.') },
);
