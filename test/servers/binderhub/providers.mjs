// SPDX-License-Identifier: BSD-3-Clause
/**
 * Spec parsing per provider prefix, with BinderHub's own error messages, so the client meets
 * the same failures it would meet on mybinder.org. Nothing here reaches GitHub or doi.org:
 * refs "resolve" to a sha derived from the spec, except the ones a test names as missing.
 *
 * Followed: binderhub:binderhub/repoproviders.py (tokenize_spec L36-46; GitHub L853-1112;
 * GitLab L717-851; Git L606-715; Gist L1115-1207; Zenodo L253-300; Figshare L303-380;
 * Dataverse L382-446; Hydroshare L448-515; CKAN L517-604), and the prefix table in
 * binderhub:binderhub/app.py L618-629.
 */
import { createHash } from 'node:crypto';

/** The prefixes mybinder.org enables (binderhub:binderhub/app.py L618-629). */
export const PREFIXES = ['gh', 'gist', 'git', 'gl', 'zenodo', 'figshare', 'hydroshare', 'dataverse', 'ckan'];

const SHA1 = /^[0-9a-f]{40}$/;
const GIT_SSH = /^([\w\-]+@[\w\-.]+):(.+)$/i;

/** binderhub:binderhub/repoproviders.py L36-46, word for word. */
function tokenizeSpec(spec) {
  const parts = splitN(spec, '/', 3);
  if (parts.length !== 3) {
    let msg = `Spec is not of the form "user/repo/ref", provided: "${spec}".`;
    if (parts.length === 2 && !['main', 'master', 'HEAD'].includes(parts[1])) msg += ` Did you mean "${spec}/HEAD"?`;
    throw new Error(msg);
  }
  return parts;
}

/** Python's str.split(sep, n - 1). */
function splitN(s, sep, n) {
  const parts = s.split(sep);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

const fakeSha = (s) => createHash('sha1').update(s).digest('hex');

/**
 * @param {string} prefix a key of PREFIXES
 * @param {string} spec the raw spec (still URL-encoded where the provider wants it)
 * @returns {{ name: string, repoUrl: string, ref: string, slug: string,
 *   refUrl: (sha: string) => string, withRef: (ref: string) => string }}
 */
export function parseSpec(prefix, spec) {
  switch (prefix) {
    case 'gh': {
      const [user, rawRepo, ref] = tokenizeSpec(spec);
      const repo = rawRepo.endsWith('.git') ? rawRepo.slice(0, -4) : rawRepo;
      return {
        name: 'GitHub',
        repoUrl: `https://github.com/${user}/${repo}`,
        ref,
        slug: `${user}-${repo}`,
        refUrl: (sha) => `https://github.com/${user}/${repo}/tree/${sha}`,
        withRef: (r) => `${user}/${rawRepo}/${r}`,
      };
    }
    case 'gl': {
      const [quoted, ref] = splitN(spec, '/', 2);
      if (!ref) throw new Error('An unresolved ref is required');
      const namespace = decodeURIComponent(quoted);
      return {
        name: 'GitLab',
        repoUrl: `https://gitlab.com/${namespace}.git`,
        ref,
        slug: namespace.replaceAll('/', '-'),
        refUrl: (sha) => `https://gitlab.com/${namespace}/tree/${sha}`,
        withRef: (r) => `${quoted}/${r}`,
      };
    }
    case 'git': {
      const [escaped, rawRef = ''] = splitN(spec, '/', 2);
      let repo = decodeURIComponent(escaped);
      const ssh = GIT_SSH.exec(repo);
      if (ssh) repo = `ssh://${ssh[1]}/${ssh[2]}`;
      let proto = '';
      try {
        proto = new URL(repo).protocol.replace(/:$/, '');
      } catch {
        // urlparse gives an empty scheme for a relative path: rejected below
      }
      const allowed = ['http', 'https', 'git', 'ssh'];
      if (!allowed.includes(proto)) {
        throw new Error(`Unsupported git url ${repo}, protocol ${proto} not in ${allowed.join(', ')}`);
      }
      const ref = decodeURIComponent(rawRef);
      if (!ref) throw new Error('`unresolved_ref` must be specified in the url for the basic git provider');
      return {
        name: 'Git',
        repoUrl: repo,
        ref,
        slug: new URL(repo).pathname.replace(/^\/|\.git$/g, '').replaceAll('/', '-'),
        refUrl: () => repo,
        withRef: (r) => `${escaped}/${r}`,
      };
    }
    case 'gist': {
      const parts = spec.split('/');
      if (parts.length < 2) throw new Error(`Spec is not of the form "user/gistid[/ref]", provided: "${spec}".`);
      const [user, id] = parts;
      // '', HEAD, master and main all mean the latest version (L1115-1207).
      const ref = parts[2] ?? '';
      return {
        name: 'Gist',
        repoUrl: `https://gist.github.com/${user}/${id}.git`,
        ref: ['', 'HEAD', 'master', 'main'].includes(ref) ? 'HEAD' : ref,
        slug: `${user}-${id}`,
        refUrl: (sha) => `https://gist.github.com/${user}/${id}/${sha}`,
        withRef: (r) => `${user}/${id}/${r}`,
      };
    }
    case 'zenodo':
    case 'figshare':
    case 'dataverse':
    case 'hydroshare':
    case 'ckan': {
      // DOIs, resource ids and dataset URLs: "resolved" to themselves (no doi.org here).
      const id = decodeURIComponent(spec);
      if (prefix === 'hydroshare' && !/[0-9a-f]{32}/.test(id)) {
        throw new Error('The specified Hydroshare resource id was not recognized.');
      }
      const repoUrl = prefix === 'hydroshare' || prefix === 'ckan' ? id : `https://doi.org/${id}`;
      return {
        name: prefix[0].toUpperCase() + prefix.slice(1),
        repoUrl,
        ref: 'HEAD',
        slug: id.replace(/[^\w]+/g, '-'),
        refUrl: () => repoUrl,
        withRef: () => spec,
      };
    }
    default:
      throw new Error(`No provider found for prefix ${prefix}`);
  }
}

/**
 * Resolve a ref to a sha, or null when it "does not exist" (the refs a test lists as
 * missing). A 40-hex ref is used as given, as the git provider does (L686-690).
 */
export function resolveRef(parsed, missingRefs) {
  if (missingRefs.includes(parsed.ref)) return null;
  if (SHA1.test(parsed.ref)) return parsed.ref;
  return fakeSha(`${parsed.repoUrl}@${parsed.ref}`);
}
