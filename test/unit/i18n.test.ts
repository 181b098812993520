// SPDX-License-Identifier: BSD-3-Clause
// The message catalogues: every language says every message, with the same parameters; no
// message is left that nothing says; plurals and numbers follow each language.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CATALOGUES, loadLanguage, supportedLanguage } from '../../src/i18n/language.js';
import { en } from '../../src/i18n/catalogues/en.js';
import { english, msg, say } from '../../src/i18n/text.js';
import { LANGUAGES, type Language } from '../../src/i18n/tags.js';
import { sagecellSetupFailed } from '../../src/kernels/sagecell/setup-failed.js';
// Each backend's messages join the catalogues as its code loads: here, all of them.
import '../../src/kernels/jupyter-catalogue.js';
import '../../src/kernels/binder/catalogue.js';
import '../../src/kernels/sagecell/catalogue.js';
import '../../src/kernels/jobe/catalogue.js';
import '../../src/kernels/pyodide/catalogue.js';

const keys = Object.keys(en) as (keyof typeof en)[];
const languages: Language[] = [...LANGUAGES];

// Each language but English is a chunk of its own; its backends' messages join it as it loads.
beforeAll(() => Promise.all(LANGUAGES.map(loadLanguage)));

/** Arguments that exercise each message: numbers in every plural category, text that shows. */
function sampleArgs(entry: (...args: never[]) => string): unknown[][] {
  const params = /^\(([^)]*)\)/.exec(entry.toString())?.[1]?.split(',').filter((p) => p.trim()) ?? [];
  const numeric = (p: string) => /\b(lines?|seconds|minutes|mib|mb|maxMb|shown|total|line|n|count|status|row|column|fraction)\b/i.test(p);
  return [0, 1, 2, 3, 11, 100, 1000].map((n) => params.map((p) => (numeric(p) ? (/fraction/.test(p) ? n / 1000 : n) : `«${p.trim()}»`)));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the message catalogues', () => {
  test('ship English, German, French, Spanish, Brazilian Portuguese and Arabic', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'pt-BR']);
    // The script tag matches tags against this list, with no catalogue loaded.
    expect([...LANGUAGES].sort()).toEqual(Object.keys(CATALOGUES).sort());
  });

  test.each(languages)('%s has every key, each of the same kind and with the same parameters as English', (lang) => {
    const catalogue = CATALOGUES[lang]!;
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const [ours, reference] = [catalogue[key], en[key]] as unknown[];
      expect(typeof ours, key).toBe(typeof reference);
      if (typeof reference === 'function') expect((ours as () => string).length, key).toBe((reference as () => string).length);
    }
  });

  test.each(languages)('%s: every message is said, non-empty, with every argument in it and no placeholder left', (lang) => {
    const catalogue = CATALOGUES[lang]!;
    for (const key of keys) {
      const entry = catalogue[key] as string | ((...args: unknown[]) => string);
      if (typeof entry === 'string') {
        expect(entry.trim(), key).not.toBe('');
        continue;
      }
      for (const args of sampleArgs(entry as never)) {
        const text = entry(...args);
        expect(text.trim(), key).not.toBe('');
        expect(text, key).not.toMatch(/#|undefined|NaN|\[object/);
        for (const a of args) if (typeof a === 'string') expect(text, `${key} shows its argument ${a}`).toContain(a);
      }
    }
  });

  test('other languages are not English left in place', () => {
    for (const lang of languages.filter((l) => l !== 'en')) {
      const same = keys.filter((k) => typeof en[k] === 'string' && CATALOGUES[lang]![k] === en[k]);
      // Words that are the same in both (a proper name) may stay; whole sentences may not.
      expect(same.filter((k) => (en[k] as string).includes(' ')), lang).toEqual([]);
    }
  });

  test('every backend catalogue is checked here', () => {
    const root = new URL('../../src/', import.meta.url).pathname;
    const here = readFileSync(new URL(import.meta.url).pathname, 'utf8');
    const catalogues = sourceFiles(root).filter((f) => f.endsWith('catalogue.ts')).map((f) => f.slice(root.length));
    expect(catalogues.length).toBeGreaterThanOrEqual(5);
    for (const f of catalogues) expect(here, f).toContain(`'../../src/${f.replace(/\.ts$/, '.js')}'`);
  });

  test('the script tag’s one sentence (a SageCell page that could not be set up) is said in every language', () => {
    expect(Object.keys(sagecellSetupFailed).sort()).toEqual([...languages].sort());
    for (const say of Object.values(sagecellSetupFailed)) expect(say('«why»')).toContain('«why»');
    expect(sagecellSetupFailed.de('x')).not.toBe(sagecellSetupFailed.en('x'));
  });

  test('no key is unused: each is said somewhere in src/', () => {
    const root = new URL('../../src/', import.meta.url).pathname;
    const code = sourceFiles(root)
      .filter((f) => !f.includes('/i18n/catalogues/') && !f.endsWith('catalogue.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(keys.filter((k) => !new RegExp(`\\b${k}\\b`).test(code))).toEqual([]);
  });
});

describe('plurals and numbers, through Intl', () => {
  test('English and German: one line, many lines, with grouped thousands', () => {
    expect(CATALOGUES.en!.logSummary(1)).toBe('Log (1 line)');
    expect(CATALOGUES.en!.logSummary(1200)).toBe('Log (1,200 lines)');
    expect(CATALOGUES.de!.logSummary(1200)).toContain('1.200');
    expect(CATALOGUES.de!.logSummary(1)).not.toBe(CATALOGUES.de!.logSummary(2).replace('2', '1'));
  });

  test('French counts 0 and 1 as singular', () => {
    const fr = CATALOGUES.fr!;
    expect(fr.showingAll(0).replace('0', 'N')).toBe(fr.showingAll(1).replace('1', 'N'));
    expect(fr.showingAll(2).replace('2', 'N')).not.toBe(fr.showingAll(1).replace('1', 'N'));
  });

  test('Arabic says one, two, a few, many and other each in its own form', () => {
    const ar = CATALOGUES.ar!;
    // one (1), two (2, the dual: no digit), few (3), many (11), other (100); zero may share other's.
    const forms = [1, 2, 3, 11, 100].map((n) => ar.logSummary(n).replace(/[\d٠-٩]+/g, 'N'));
    expect(new Set(forms).size).toBe(5);
    expect(ar.logSummary(2)).not.toMatch(/[\d٠-٩]/);
  });
});

describe('which language a tag gets', () => {
  test.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['fr-CA', 'fr'],
    ['pt-BR', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt_br', 'pt-BR'],
    ['ar-EG', 'ar'],
    ['EN-gb', 'en'],
    ['it', undefined],
    ['', undefined],
  ])('%s → %s', (tag, expected) => expect(supportedLanguage(tag)).toBe(expected));
});

describe('messages said where they are shown', () => {
  test('a message reference is said in the catalogue of the cell that shows it; English for errors', () => {
    const ref = msg('timedOut', 30);
    expect(say(CATALOGUES.en!, ref)).toBe('Stopped after 30 s: this cell may run for at most 30 seconds.');
    expect(say(CATALOGUES.de!, ref)).not.toBe(say(CATALOGUES.en!, ref));
    expect(english(ref)).toBe(say(CATALOGUES.en!, ref));
    // Text from elsewhere (a server's message) is shown as it came, in every language.
    expect(say(CATALOGUES.ar!, 'Build failed: no such ref')).toBe('Build failed: no such ref');
  });
});
