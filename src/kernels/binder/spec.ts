// SPDX-License-Identifier: BSD-3-Clause
/**
 * Where a Binder cell's server comes from: the BinderHub build URL for a provider, repo and
 * ref, built the way BinderHub parses it (binderhub:binderhub/repoproviders.py, see
 * PROTOCOL.md §1). Pure: no network, no storage, so every provider's rules are unit-tested.
 *
 * @packageDocumentation
 */
import { CellError } from '../types.js';
import { msg, type MessageRef } from '../../i18n/ref.js';
import './catalogue.js'; // this backend's messages, in every language

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
    throw new CellError(msg('binderNoRepo'), msg('binderNoRepoHint'), 'binder-no-repo');
  }
  if (!/^[a-z][a-z0-9_-]*$/.test(provider)) {
    throw new CellError(msg('binderNotProvider', provider), providerHint(), 'binder-provider');
  }
  const { spec, label } = specFor(provider, repo, ref);
  const buildUrl = `${binderUrl}build/${provider}/${spec}`;
  return { binderUrl, provider, spec, buildUrl, key: buildUrl, label };
}

function providerHint(): MessageRef {
  return msg('binderProviderHint', PROVIDERS.join(', '));
}

function hubUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw, globalThis.location?.href);
  } catch {
    throw new CellError(msg('binderUrlNotUrl', raw), msg('binderUrlHint'), 'binder-url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CellError(msg('binderUrlNotHttp', raw), msg('binderUrlHint'), 'binder-url');
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
        throw new CellError(msg('binderNotGitHub', repo), msg('binderNotGitHubHint'), 'binder-repo');
      }
      return { spec: `${name}/${segments(ref)}`, label: withRef(name, ref) };
    }
    case 'gl': {
      // GitLab wants the whole namespace as one encoded segment (`group%2Fsub%2Fproject`).
      const name = trimSlashes(repo.replace(/^(https?:\/\/)?gitlab\.com\//i, '')).replace(/\.git$/, '');
      if (!name.includes('/')) {
        throw new CellError(msg('binderNotGitLab', repo), msg('binderNotGitLabHint'), 'binder-repo');
      }
      return { spec: `${encodeURIComponent(name)}/${segments(ref)}`, label: withRef(name, ref) };
    }
    case 'git': {
      if (!/^(https?|git|ssh):\/\/./i.test(repo) && !/^[\w-]+@[\w.-]+:.+/.test(repo)) {
        throw new CellError(msg('binderNotGitUrl', repo), msg('binderNotGitUrlHint'), 'binder-repo');
      }
      return { spec: `${encodeURIComponent(repo)}/${encodeURIComponent(ref)}`, label: withRef(repo, ref) };
    }
    case 'gist': {
      const name = trimSlashes(repo.replace(/^(https?:\/\/)?gist\.github\.com\//i, ''));
      if (!/^[\w.-]+\/[\w]+$/.test(name)) {
        throw new CellError(msg('binderNotGist', repo), msg('binderNotGistHint'), 'binder-repo');
      }
      return { spec: `${name}/${segments(ref)}`, label: withRef(name, ref) };
    }
    case 'zenodo':
    case 'figshare':
    case 'dataverse': {
      // A DOI, sent as it is (not encoded); a doi.org link is accepted too.
      const doi = repo.replace(/^(https?:\/\/)?(dx\.)?doi\.org\//i, '').replace(/^doi:/i, '');
      if (!/^10\.\d{4,9}\/\S+$/.test(doi)) {
        throw new CellError(msg('binderNotDoi', repo), msg('binderNotDoiHint'), 'binder-repo');
      }
      return { spec: doi, label: doi };
    }
    case 'hydroshare': {
      if (!/[0-9a-f]{32}/.test(repo)) {
        throw new CellError(msg('binderNotHydroShare', repo), msg('binderNotHydroShareHint'), 'binder-repo');
      }
      return { spec: encodeURIComponent(repo), label: repo };
    }
    case 'ckan': {
      if (!/^https?:\/\/.+\/dataset\/./.test(repo)) {
        throw new CellError(msg('binderNotCkan', repo), msg('binderNotCkanHint'), 'binder-repo');
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
