// INTERIM, until the xlsx layer's browser-safe package merge (issue 8) is merged: the few
// `path.posix` functions src/xlsx/merge.ts uses to resolve part names inside the zip, for the
// page's bundle only (webpack.web.config.js aliases `path` here). Part names are POSIX-style.

function normalize(p: string): string {
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(seg);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return p.slice(0, i);
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function join(...parts: string[]): string {
  return normalize(parts.filter((x) => x !== '').join('/'));
}

function relative(from: string, to: string): string {
  const a = normalize(from) === '.' ? [] : normalize(from).split('/');
  const b = normalize(to).split('/');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export const posix = { normalize, dirname, basename, join, relative };
export default { posix };
