import { getOctokit } from '@actions/github';

// One way to reach the GitHub REST API for every feature (artifact listing, the failure issue), so
// base URL, token handling and error wording stay the same everywhere.

export type GitHubClient = ReturnType<typeof getOctokit>;

export const DEFAULT_API_URL = 'https://api.github.com';

export function apiUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
}

/**
 * An Octokit for `token`, pointed at GITHUB_API_URL from `env` rather than from process.env:
 * @actions/github reads process.env once at import, which would ignore the env a command was given.
 */
export function githubClient(token: string, env: NodeJS.ProcessEnv = process.env): GitHubClient {
  return getOctokit(token, { baseUrl: apiUrl(env) });
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** GITHUB_REPOSITORY (`owner/name`), or undefined when it is missing or malformed. */
export function repoFromEnv(env: NodeJS.ProcessEnv = process.env): RepoRef | undefined {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(env.GITHUB_REPOSITORY?.trim() ?? '');
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}

/** The HTTP status of a failed Octokit request, when there was a response at all. */
export function requestStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === 'number' && s > 0 ? s : undefined;
}

/** GitHub's own words for a failed request (its `message`), without the request URL or headers. */
export function requestMessage(e: unknown): string {
  const data = (e as { response?: { data?: unknown } } | null)?.response?.data;
  const m = (data as { message?: unknown } | undefined)?.message;
  if (typeof m === 'string' && m) return m;
  return (e as Error)?.message ?? String(e);
}

/**
 * The login the token acts as: `octocat` for a user's token, `github-actions[bot]` for the job's
 * GITHUB_TOKEN, `<app>[bot]` for an app's. GraphQL's `viewer` answers for every kind of token;
 * GET /user, tried next, refuses installation tokens. Undefined when neither answers.
 */
export async function tokenLogin(client: GitHubClient): Promise<string | undefined> {
  try {
    const r = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    if (typeof r.viewer?.login === 'string' && r.viewer.login) return r.viewer.login;
  } catch {
    /* try REST */
  }
  try {
    const r = await client.rest.users.getAuthenticated();
    return r.data.login || undefined;
  } catch {
    return undefined;
  }
}
