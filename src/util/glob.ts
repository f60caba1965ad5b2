// Path globs for `restore --path`: `*` and `?` within one path segment, `**` across segments.
// A pattern also selects everything below a folder it matches (`--path media/2024`).

function toRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'u');
}

/** A glob as given, without a leading `./` or a trailing `/`. */
export function normalizeGlob(glob: string): string {
  return glob
    .trim()
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');
}

/** Whether a path (relative, `/`-separated) or one of its folders matches any of the globs. */
export function globMatcher(globs: readonly string[]): (p: string) => boolean {
  const res = globs.map((g) => toRegExp(normalizeGlob(g)));
  return (p) => {
    for (let cut = p.length; cut > 0; cut = p.lastIndexOf('/', cut - 1)) {
      const head = p.slice(0, cut);
      if (res.some((r) => r.test(head))) return true;
    }
    return false;
  };
}
