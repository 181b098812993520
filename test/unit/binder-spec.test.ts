// SPDX-License-Identifier: BSD-3-Clause
// Binder build URLs per provider, as BinderHub parses them (PROTOCOL.md §1).
import { describe, expect, test } from 'vitest';
import { binderTarget } from '../../src/kernels/binder/spec.js';
import { CellError } from '../../src/kernels/types.js';

const hub = 'https://mybinder.org/';
const build = (provider: string | undefined, repo: string, ref?: string, binderUrl = hub) =>
  binderTarget({ binderUrl, provider, repo, ref }).buildUrl;

describe('binderTarget', () => {
  test('GitHub: owner/name, ref HEAD by default, a GitHub URL or a .git suffix is the same repository', () => {
    expect(build(undefined, 'binder-examples/requirements')).toBe('https://mybinder.org/build/gh/binder-examples/requirements/HEAD');
    expect(build('gh', 'https://github.com/binder-examples/requirements.git/', 'main')).toBe(
      'https://mybinder.org/build/gh/binder-examples/requirements/main',
    );
    expect(build('GH', 'github.com/o/r')).toBe('https://mybinder.org/build/gh/o/r/HEAD');
  });

  test('GitHub refs may contain "/" (kept as path separators); other characters are encoded', () => {
    expect(build('gh', 'o/r', 'feature/x y')).toBe('https://mybinder.org/build/gh/o/r/feature/x%20y');
  });

  test('GitLab: the namespace is one encoded segment', () => {
    expect(build('gl', 'group/sub/project', 'v1')).toBe('https://mybinder.org/build/gl/group%2Fsub%2Fproject/v1');
    expect(build('gl', 'https://gitlab.com/group/project')).toBe('https://mybinder.org/build/gl/group%2Fproject/HEAD');
  });

  test('git: the clone URL and the ref are encoded', () => {
    expect(build('git', 'https://example.org/a/b.git', 'main')).toBe(
      'https://mybinder.org/build/git/https%3A%2F%2Fexample.org%2Fa%2Fb.git/main',
    );
    expect(build('git', 'git@example.org:a/b.git')).toBe('https://mybinder.org/build/git/git%40example.org%3Aa%2Fb.git/HEAD');
  });

  test('gist, and DOIs for zenodo, figshare and dataverse (not encoded; doi.org links accepted)', () => {
    expect(build('gist', 'https://gist.github.com/user/0123abcd')).toBe('https://mybinder.org/build/gist/user/0123abcd/HEAD');
    expect(build('zenodo', '10.5281/zenodo.3242074')).toBe('https://mybinder.org/build/zenodo/10.5281/zenodo.3242074');
    expect(build('figshare', 'https://doi.org/10.6084/m9.figshare.9782777.v1')).toBe(
      'https://mybinder.org/build/figshare/10.6084/m9.figshare.9782777.v1',
    );
    expect(build('dataverse', 'doi:10.7910/DVN/TJCLKP')).toBe('https://mybinder.org/build/dataverse/10.7910/DVN/TJCLKP');
  });

  test('hydroshare and ckan take encoded ids and URLs', () => {
    const id = 'b8f6eae9d89241cf8b5904033460af61';
    expect(build('hydroshare', `https://www.hydroshare.org/resource/${id}`)).toBe(
      `https://mybinder.org/build/hydroshare/${encodeURIComponent(`https://www.hydroshare.org/resource/${id}`)}`,
    );
    expect(build('ckan', 'https://demo.ckan.org/dataset/sample')).toBe(
      'https://mybinder.org/build/ckan/https%3A%2F%2Fdemo.ckan.org%2Fdataset%2Fsample',
    );
  });

  test('another BinderHub, with or without a trailing slash or a path', () => {
    expect(build('gh', 'o/r', undefined, 'https://binder.example.org/hub')).toBe('https://binder.example.org/hub/build/gh/o/r/HEAD');
  });

  test('a provider a BinderHub added itself passes through as given', () => {
    expect(build('forgejo', 'org/repo', 'main')).toBe('https://mybinder.org/build/forgejo/org/repo/main');
  });

  test('the key is per BinderHub, provider, repository and ref', () => {
    const a = binderTarget({ repo: 'o/r' });
    expect(a.key).toBe(binderTarget({ repo: 'https://github.com/o/r', ref: 'HEAD', binderUrl: 'https://mybinder.org' }).key);
    expect(a.key).not.toBe(binderTarget({ repo: 'o/r', ref: 'main' }).key);
    expect(a.label).toBe('o/r');
    expect(binderTarget({ repo: 'o/r', ref: 'v2' }).label).toBe('o/r (v2)');
  });

  test.each([
    [{ repo: '' }, 'names no repository'],
    [{ repo: 'just-a-name' }, 'is not a GitHub repository'],
    [{ repo: 'project-only', provider: 'gl' }, 'is not a GitLab project'],
    [{ repo: 'o/r', provider: 'git' }, 'is not a git clone URL'],
    [{ repo: 'nope', provider: 'zenodo' }, 'is not a DOI'],
    [{ repo: 'o/r', provider: 'no such!' }, 'is not a Binder provider'],
    [{ repo: 'o/r', binderUrl: 'ftp://x.org/' }, 'is not an http(s) URL'],
  ])('bad attributes say what is wrong: %o', (req, message) => {
    let error: unknown;
    try {
      binderTarget(req);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CellError);
    expect((error as CellError).message).toContain(message);
    expect((error as CellError).hint).not.toBe('');
  });
});
