// The import rules of docs/adr/0001-layers.md are lint rules; this proves they fire on a wrong import.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });
const violations = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
};

describe('layer boundaries', () => {
  it('core may not import page, ui, platform, entries, browser or Node APIs', async () => {
    for (const spec of ['../page/x', '../ui/card/Card', '../platform/i18n', '../content/index', 'webextension-polyfill', 'preact', 'node:fs']) {
      expect(await violations('src/core/analysis/x.ts', `import '${spec}';\n`), spec).toBe(1);
    }
    expect(await violations('src/core/analysis/x.ts', `import '../types';\n`)).toBe(0);
  });

  it('page and ui do not import each other, the platform or the entries', async () => {
    expect(await violations('src/page/x.ts', `import '../ui/theme';\n`)).toBe(1);
    expect(await violations('src/ui/x.ts', `import '../page/text-map';\n`)).toBe(1);
    expect(await violations('src/ui/x.ts', `import 'webextension-polyfill';\n`)).toBe(1);
    expect(await violations('src/page/x.ts', `import '../core/types';\n`)).toBe(0);
  });

  it('entry points do not import each other', async () => {
    expect(await violations('src/content/x.ts', `import '../popup/main';\n`)).toBe(1);
    expect(await violations('src/background/x.ts', `import '../page/text-map';\n`)).toBe(1);
    expect(await violations('src/popup/x.ts', `import '../ui/theme';\n`)).toBe(0);
  });
});
