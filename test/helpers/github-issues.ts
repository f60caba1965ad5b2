import type { DoubleRequest, DoubleResponse, GitHubDouble } from './github-double.js';

// The issues part of the REST API on the GitHub double, on the real paths:
//   GET   /repos/{owner}/{repo}/issues                  (state, labels, sort, direction, per_page, page; Link header)
//   POST  /repos/{owner}/{repo}/issues
//   PATCH /repos/{owner}/{repo}/issues/{number}
//   POST  /repos/{owner}/{repo}/issues/{number}/comments
//   POST  /repos/{owner}/{repo}/issues/{number}/labels
//   POST  /graphql                                     (`query { viewer { login } }` only)
//   GET   /user                                        (403 for an installation token, as GitHub answers)
// Like GitHub, the list also returns pull requests (with a `pull_request` key), and a token
// without push access gets the labels of a new issue silently dropped (`dropLabels`).

export interface IssueRecord {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  labels: string[];
  comments: string[];
  created_at: string;
  pull_request?: boolean;
  /** Who opened it (default: the token's own identity, `viewer`). */
  user?: string;
}

export interface IssuesState {
  owner: string;
  repo: string;
  issues: IssueRecord[];
  /** Writes (POST, PATCH) answer 403 as for a token without `issues: write`. */
  forbidWrites: boolean;
  /** Everything answers 403. */
  forbidAll: boolean;
  /** New issues lose their labels, as when the token has no push access. */
  dropLabels: boolean;
  /** The token's identity: the author of issues it opens, and GraphQL's `viewer`. */
  viewer: string;
  /** The token is an installation token (GITHUB_TOKEN, an app's): GET /user answers 403. */
  installationToken: boolean;
  /** GraphQL answers 502 (the REST fallback, GET /user, is then asked). */
  graphqlDown: boolean;
  /** Adds an issue directly (for pre-existing state). */
  add(i: Partial<IssueRecord> & { title: string }): IssueRecord;
  open(): IssueRecord[];
}

const FORBIDDEN: DoubleResponse = {
  status: 403,
  body: {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
    status: '403',
  },
};

export function registerIssues(gh: GitHubDouble, owner = 'acme-org', repo = 'sites'): IssuesState {
  const state: IssuesState = {
    owner,
    repo,
    issues: [],
    forbidWrites: false,
    forbidAll: false,
    dropLabels: false,
    viewer: 'github-actions[bot]',
    installationToken: true,
    graphqlDown: false,
    add(i) {
      const rec: IssueRecord = {
        number: state.issues.length + 1,
        body: '',
        state: 'open',
        labels: [],
        comments: [],
        created_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        user: state.viewer,
        ...i,
      };
      state.issues.push(rec);
      return rec;
    },
    open: () => state.issues.filter((i) => i.state === 'open' && !i.pull_request),
  };
  const base = `/repos/${owner}/${repo}/issues`;
  const json = (i: IssueRecord) => ({
    id: 1000 + i.number,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason ?? null,
    labels: i.labels.map((name, n) => ({ id: n + 1, name })),
    comments: i.comments.length,
    created_at: i.created_at,
    user: { login: i.user ?? state.viewer, type: (i.user ?? state.viewer).endsWith('[bot]') ? 'Bot' : 'User' },
    html_url: `https://github.com/${owner}/${repo}/${i.pull_request ? 'pull' : 'issues'}/${i.number}`,
    ...(i.pull_request ? { pull_request: { url: `https://api.github.com/repos/${owner}/${repo}/pulls/${i.number}` } } : {}),
  });
  const find = (n: string) => state.issues.find((i) => i.number === Number(n));
  const guard = (req: DoubleRequest): DoubleResponse | undefined => {
    if (!/^token \S+$/.test(String(req.headers.authorization ?? ''))) return { status: 401, body: { message: 'Requires authentication' } };
    if (state.forbidAll || (state.forbidWrites && req.method !== 'GET')) return FORBIDDEN;
    return undefined;
  };
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

  gh.route('POST', /^\/graphql$/, (req) => {
    const denied = guard(req);
    if (denied) return denied;
    if (state.graphqlDown) return { status: 502, body: { message: 'Server Error' } };
    if (!/viewer\s*\{\s*login\s*\}/.test(String((req.body as { query?: string })?.query)))
      return { status: 400, body: { message: 'unsupported query' } };
    return { status: 200, body: { data: { viewer: { login: state.viewer } } } };
  });

  gh.route('GET', /^\/user$/, (req) => {
    const denied = guard(req);
    if (denied) return denied;
    if (state.installationToken) return FORBIDDEN;
    return { status: 200, body: { login: state.viewer, type: 'User' } };
  });

  gh.route('GET', new RegExp(`^${esc(base)}$`), (req) => {
    const denied = guard(req);
    if (denied) return denied;
    const q = req.query;
    const st = q.get('state') ?? 'open';
    const labels = (q.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean);
    let list = state.issues.filter((i) => (st === 'all' || i.state === st) && labels.every((l) => i.labels.includes(l)));
    const desc = (q.get('direction') ?? 'desc') === 'desc';
    list = [...list].sort(
      (a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.number - b.number) * (desc ? -1 : 1),
    );
    const perPage = Math.min(100, Number(q.get('per_page') ?? 30));
    const page = Number(q.get('page') ?? 1);
    const slice = list.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(list.length / perPage));
    const link = (p: number) => {
      const u = new URLSearchParams(q);
      u.set('page', String(p));
      return `<${gh.url}${base}?${u.toString()}>`;
    };
    const headers: Record<string, string> = {};
    if (page < last) headers.link = `${link(page + 1)}; rel="next", ${link(last)}; rel="last"`;
    return { status: 200, body: slice.map(json), headers };
  });

  gh.route('POST', new RegExp(`^${esc(base)}$`), (req) => {
    const denied = guard(req);
    if (denied) return denied;
    const b = req.body as { title?: string; body?: string; labels?: string[] };
    if (!b?.title) return { status: 422, body: { message: 'Validation Failed' } };
    const rec = state.add({ title: b.title, body: b.body ?? '', labels: state.dropLabels ? [] : (b.labels ?? []) });
    return { status: 201, body: json(rec) };
  });

  gh.route('PATCH', new RegExp(`^${esc(base)}/(\\d+)$`), (req, [n]) => {
    const denied = guard(req);
    if (denied) return denied;
    const i = find(n!);
    if (!i) return { status: 404, body: { message: 'Not Found' } };
    const b = req.body as { state?: 'open' | 'closed'; state_reason?: string };
    if (b.state) i.state = b.state;
    if (b.state_reason !== undefined) i.state_reason = b.state_reason;
    return { status: 200, body: json(i) };
  });

  gh.route('POST', new RegExp(`^${esc(base)}/(\\d+)/comments$`), (req, [n]) => {
    const denied = guard(req);
    if (denied) return denied;
    const i = find(n!);
    if (!i) return { status: 404, body: { message: 'Not Found' } };
    const body = (req.body as { body?: string }).body ?? '';
    i.comments.push(body);
    return {
      status: 201,
      body: {
        id: 5000 + i.comments.length,
        body,
        html_url: `https://github.com/${owner}/${repo}/issues/${i.number}#issuecomment-${i.comments.length}`,
      },
    };
  });

  gh.route('POST', new RegExp(`^${esc(base)}/(\\d+)/labels$`), (req, [n]) => {
    const denied = guard(req);
    if (denied) return denied;
    const i = find(n!);
    if (!i) return { status: 404, body: { message: 'Not Found' } };
    for (const l of (req.body as { labels?: string[] }).labels ?? []) if (!i.labels.includes(l)) i.labels.push(l);
    return { status: 200, body: i.labels.map((name, k) => ({ id: k + 1, name })) };
  });

  return state;
}
