// SPDX-License-Identifier: BSD-3-Clause
/**
 * Where a Binder cell's server comes from: the BinderHub build URL for a provider, repo and
 * ref, built the way BinderHub parses it (binderhub:binderhub/repoproviders.py, see
 * PROTOCOL.md §1). Pure: no network, no storage, so every provider's rules are unit-tested.
 *
 * @packageDocumentation
 */
import { CellError } from '../types.js';

/** The providers mybinder.org enables; a BinderHub may add its own (they pass through as given). */
export const PROVIDERS = ['gh', 'gl', 'git', 'gist', 'zenodo', 'figshare', 'dataverse', 'hydroshare', 'ckan'] as const;

export interface BinderTarget {
  /** The BinderHub, with a trailing slash. */
  binderUrl: string;
  provider: string;
  /** The spec as BinderHub reads it from the raw path (`%2F` kept where a provider wants it). */
  spec: string;
  /** `GET` this with `Accept: text/event-stream` to build and launch. */
  buildUrl: string;
  /** What a launched server is remembered under (one per BinderHub, provider, repo and ref). */
  key: string;
  /** The repository as a reader would name it, for messages. */
  label: string;
}

export interface BinderRequest {
  binderUrl?: string;
  provider?: string;
  repo?: string;
  ref?: string;
}

export const DEFAULT_BINDER = 'https://mybinder.org/';

/** The build URL and identity of a Binder cell's server; a {@link CellError} says what is wrong with the attributes. */
export function binderTarget(req: BinderRequest): BinderTarget {
  const binderUrl = hubUrl(req.binderUrl || DEFAULT_BINDER);
  const provider = (req.provider || 'gh').trim().toLowerCase();
  const repo = (req.repo ?? '').trim();
  const ref = (req.ref ?? '').trim() || 'HEAD';
  if (!repo) {
    throw new CellError(
      'This Binder cell names no repository.',
      'Give it a repo="owner/name" attribute (for example repo="binder-examples/requirements").',
      'binder-no-repo',
    );
  }
  if (!/^[a-z][a-z0-9_-]*$/.test(provider)) {
    throw new CellError(`“${provider}” is not a Binder provider.`, providerHint(), 'binder-provider');
  }
  const { spec, label } = specFor(provider, repo, ref);
  const buildUrl = `${binderUrl}build/${provider}/${spec}`;
  return { binderUrl, provider, spec, buildUrl, key: buildUrl, label };
}

function providerHint(): string {
  return `Use one of ${PROVIDERS.join(', ')} in the provider attribute (gh, GitHub, is the default).`;
}

function hubUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw, globalThis.location?.href);
  } catch {
    throw new CellError(`The Binder address “${raw}” is not a URL.`, 'Set binder-url to a BinderHub such as https://mybinder.org/.', 'binder-url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CellError(`The Binder address “${raw}” is not an http(s) URL.`, 'Set binder-url to a BinderHub such as https://mybinder.org/.', 'binder-url');
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** Each path segment encoded, the `/` between them kept (GitHub refs may contain `/`). */
const segments = (s: string) => s.split('/').map(encodeURIComponent).join('/');
const trimSlashes = (s: string) => s.replace(/^\/+|\/+$/g, '');
const withRef = (name: string, ref: string) => (ref === 'HEAD' ? name : `${name} (${ref})`);

function specFor(provider: string, repo: string, ref: string): { spec: string; label: string } {
  switch (provider) {
    case 'gh': {
      // `owner/name`, or the repository's GitHub URL.
      const name = trimSlashes(repo.replace(/^(https?:\/\/)?(www\.)?github\.com\//i, '')).replace(/\.git$/, '');
      if (!/^[\w.-]+\/[\w.-]+$/.test(name)) {
        throw new CellError(
          `“${repo}” is not a GitHub repository: write it as owner/name.`,
          'For example repo="binder-examples/requirements"; for another git host use provider="git" with the clone URL.',
          'binder-repo',
        );
      }
      return { spec: `${name}/${segments(ref)}`, label: withRef(name, ref) };
    }
    case 'gl': {
      // GitLab wants the whole namespace as one encoded segment (`group%2Fsub%2Fproject`).
      const name = trimSlashes(repo.replace(/^(https?:\/\/)?gitlab\.com\//i, '')).replace(/\.git$/, '');
      if (!name.includes('/')) {
        throw new CellError(`“${repo}” is not a GitLab project: write it as group/project.`, 'For example repo="gitlab-org/gitlab-foss".', 'binder-repo');
      }
      return { spec: `${encodeURIComponent(name)}/${segments(ref)}`, label: withRef(name, ref) };
    }
    case 'git': {
      if (!/^(https?|git|ssh):\/\/./i.test(repo) && !/^[\w-]+@[\w.-]+:.+/.test(repo)) {
        throw new CellError(
          `“${repo}” is not a git clone URL.`,
          'With provider="git", repo is the URL you would clone (https://…, git://…, ssh://… or git@host:path).',
          'binder-repo',
        );
      }
      return { spec: `${encodeURIComponent(repo)}/${encodeURIComponent(ref)}`, label: withRef(repo, ref) };
    }
    case 'gist': {
      const name = trimSlashes(repo.replace(/^(https?:\/\/)?gist\.github\.com\//i, ''));
      if (!/^[\w.-]+\/[\w]+$/.test(name)) {
        throw new CellError(`“${repo}” is not a gist: write it as user/gist-id.`, 'For example repo="jakevdp/1234567890abcdef".', 'binder-repo');
      }
      return { spec: `${name}/${segments(ref)}`, label: withRef(name, ref) };
    }
    case 'zenodo':
    case 'figshare':
    case 'dataverse': {
      // A DOI, sent as it is (not encoded); a doi.org link is accepted too.
      const doi = repo.replace(/^(https?:\/\/)?(dx\.)?doi\.org\//i, '').replace(/^doi:/i, '');
      if (!/^10\.\d{4,9}\/\S+$/.test(doi)) {
        throw new CellError(`“${repo}” is not a DOI.`, 'Write the record’s DOI, for example repo="10.5281/zenodo.3242074".', 'binder-repo');
      }
      return { spec: doi, label: doi };
    }
    case 'hydroshare': {
      if (!/[0-9a-f]{32}/.test(repo)) {
        throw new CellError(`“${repo}” is not a HydroShare resource.`, 'Write its 32-character resource id or its URL.', 'binder-repo');
      }
      return { spec: encodeURIComponent(repo), label: repo };
    }
    case 'ckan': {
      if (!/^https?:\/\/.+\/dataset\/./.test(repo)) {
        throw new CellError(`“${repo}” is not a CKAN dataset URL.`, 'Write the dataset’s URL, which contains /dataset/.', 'binder-repo');
      }
      return { spec: encodeURIComponent(repo), label: repo };
    }
    default:
      // A provider this BinderHub may have added: the repo and ref go as given, and the
      // BinderHub says if it does not know the prefix.
      return { spec: `${segments(trimSlashes(repo))}/${segments(ref)}`, label: withRef(repo, ref) };
  }
}

export { providerHint };
