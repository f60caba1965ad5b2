import type { DoubleRequest, DoubleResponse, GitHubDouble } from './github-double.js';
import type { ArtifactRecord, ResultsDouble } from './results-double.js';

// The REST side of artifacts on the GitHubDouble, over the state the results double keeps:
//   GET    /repos/{o}/{r}/actions/artifacts            (per_page <= 100, page, exact `name`; Link + total_count)
//   GET    /repos/{o}/{r}/actions/artifacts/{id}/zip   (302 to a short-lived blob SAS URL; 410 when expired)
//   DELETE /repos/{o}/{r}/actions/artifacts/{id}       (204)

export type ArtifactRoute = 'list' | 'zip' | 'delete';

export interface ArtifactRoutes {
  /**
   * Consulted before each request is served: return a response to answer with it instead (a
   * failure, a changed page). `served` builds the normal answer, so a test can tamper with it.
   */
  inject?: (route: ArtifactRoute, req: DoubleRequest, served: () => DoubleResponse) => DoubleResponse | undefined;
}

export interface ArtifactRoutesOptions {
  repository: string;
  /** When set, requests must carry it (`Authorization: token …`), or they get 401. */
  token?: string;
}

export function registerArtifactRoutes(gh: GitHubDouble, results: ResultsDouble, opts: ArtifactRoutesOptions): ArtifactRoutes {
  const routes: ArtifactRoutes = {};
  const [owner, repo] = opts.repository.split('/') as [string, string];
  const base = `/repos/${owner}/${repo}/actions/artifacts`;
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const notFound: DoubleResponse = {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/actions/artifacts' },
  };

  const guard = (route: ArtifactRoute, req: DoubleRequest, serve: () => DoubleResponse): DoubleResponse => {
    if (opts.token !== undefined && req.headers.authorization !== `token ${opts.token}`) {
      return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } };
    }
    return routes.inject?.(route, req, serve) ?? serve();
  };

  const json = (a: ArtifactRecord): Record<string, unknown> => ({
    id: a.id,
    node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
    name: a.name,
    size_in_bytes: a.size,
    url: `${gh.url}${base}/${a.id}`,
    archive_download_url: `${gh.url}${base}/${a.id}/zip`,
    expired: results.isExpired(a),
    digest: a.digest ?? null,
    created_at: a.createdAt.toISOString(),
    updated_at: a.updatedAt.toISOString(),
    expires_at: a.expiresAt.toISOString(),
    workflow_run: { id: a.workflowRunId, repository_id: 1, head_repository_id: 1, head_branch: 'main', head_sha: '0'.repeat(40) },
  });

  gh.route('GET', new RegExp(`^${esc(base)}$`), (req) =>
    guard('list', req, () => {
      const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? 30) || 30));
      const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
      const name = req.query.get('name');
      const all = results.finalized().filter((a) => name === null || a.name === name);
      const items = all.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link = (p: number, rel: string): string => {
        const q = new URLSearchParams({ per_page: String(perPage), page: String(p) });
        if (name !== null) q.set('name', name);
        return `<${gh.url}${base}?${q}>; rel="${rel}"`;
      };
      const links: string[] = [];
      if (page > 1) links.push(link(page - 1, 'prev'));
      if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
      if (page > 1) links.push(link(1, 'first'));
      return {
        status: 200,
        body: { total_count: all.length, artifacts: items.map(json) },
        ...(links.length ? { headers: { link: links.join(', ') } } : {}),
      };
    }),
  );

  gh.route('GET', new RegExp(`^${esc(base)}/(\\d+)/zip$`), (req, [id]) =>
    guard('zip', req, () => {
      const a = results.artifacts.get(Number(id));
      if (!a?.finalized) return notFound;
      if (results.isExpired(a))
        return { status: 410, body: { message: 'Artifact has expired', documentation_url: 'https://docs.github.com/rest' } };
      return { status: 302, headers: { location: results.readUrl(a), 'content-type': 'text/html;charset=utf-8' }, body: '' };
    }),
  );

  gh.route('DELETE', new RegExp(`^${esc(base)}/(\\d+)$`), async (req, [id]) => {
    const a = results.artifacts.get(Number(id));
    const out = guard('delete', req, () => (a?.finalized ? { status: 204 } : notFound));
    if (out.status === 204 && a) await results.deleteArtifact(a);
    return out;
  });

  return routes;
}
