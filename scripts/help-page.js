// The help every door ships in a help/ folder beside its page (Excel dist/, dist/web, dist/wps and
// its .7z): the clerk's guide (docs/guide.md, in English docs/guide.en.md) as index.html / en.html,
// the workbook format and scoring as reference.html, the functions as functions.html (the
// functions' helpUrl, https://…/help/functions.html#score), and the screenshots the guide shows.
// A deliberately small Markdown subset — headings, paragraphs, lists, tables, images, links, code,
// **bold** — because that is all these files use; everything is HTML-escaped first, so no raw
// Markdown or HTML reaches the page. Headings "### QS.SCORE" get the id "score".
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require('fs');
const path = require('path');

const SOURCE = path.join(__dirname, '..', 'docs', 'functions.md');
const DOCS = path.join(__dirname, '..', 'docs');
/** The reference behind the guide: the workbook format with every message, and scoring. */
const USER_HELP_SOURCES = ['help.md', 'workbook.md', 'scoring.md'].map((f) => path.join(DOCS, f));
const GUIDE = { zh: path.join(DOCS, 'guide.md'), en: path.join(DOCS, 'guide.en.md') };
const IMAGES = path.join(DOCS, 'images');

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A link target as written in docs/ (guide.md, workbook.md#…) → the built page's name. */
const HREF_MAP = {
  'guide.md': 'index.html',
  'guide.en.md': 'en.html',
  'workbook.md': 'reference.html',
  'scoring.md': 'reference.html',
  'help.md': 'reference.html',
  'functions.md': 'functions.html',
};
function href(target) {
  const [file, hash] = target.split('#');
  if (!file) return `#${hash}`;
  const page = HREF_MAP[file] ?? file;
  return hash ? `${page}#${hash}` : page;
}
const inline = (s) =>
  escape(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, text, target) => `<a href="${href(target)}">${text}</a>`);

function headingId(text) {
  const fn = /^QS\.([A-Z]+)/.exec(text);
  if (fn) return fn[1].toLowerCase();
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** Lines of one paragraph: Chinese runs on without a space where a source line broke it. */
function joinLines(lines) {
  return lines.reduce((text, line) => {
    const next = line.trim();
    if (!text) return next;
    return /[\u3000-\u9fff\uff00-\uffef]$/.test(text) || /^[\u3000-\u9fff\uff00-\uffef]/.test(next) ? text + next : `${text} ${next}`;
  }, '');
}

function markdownToHtml(md) {
  const lines = md.split(/\r?\n/);
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.startsWith('```')) {
      const code = [];
      for (i++; i < lines.length && !lines[i].startsWith('```'); i++) code.push(lines[i]);
      i++;
      // Focusable: a keyboard user can scroll a long line sideways.
      out.push(`<pre tabindex="0"><code>${escape(code.join('\n'))}</code></pre>`);
    } else if (/^!\[[^\]]*\]\([^)]+\)\s*$/.test(line)) {
      // A screenshot on a line of its own; its alt text says what it shows.
      const [, alt, src] = /^!\[([^\]]*)\]\(([^)]+)\)/.exec(line);
      out.push(`<p class="shot"><img src="${escape(src)}" alt="${escape(alt)}" loading="lazy"></p>`);
      i++;
    } else if (/^\d+\. /.test(line)) {
      const items = [];
      for (; i < lines.length && (/^\d+\. /.test(lines[i]) || /^\s{2,}\S/.test(lines[i])); i++) {
        if (/^\d+\. /.test(lines[i])) items.push(lines[i].replace(/^\d+\. /, ''));
        else items[items.length - 1] = joinLines([items[items.length - 1], lines[i].trim()]);
      }
      out.push('<ol>' + items.map((t) => `<li>${inline(t)}</li>`).join('') + '</ol>');
    } else if (line.startsWith('> ')) {
      const quote = [];
      for (; i < lines.length && lines[i].startsWith('> '); i++) quote.push(lines[i].slice(2));
      out.push(`<div class="note" role="note"><p>${inline(quote.join(' '))}</p></div>`);
    } else if (/^#{1,6} /.test(line)) {
      const level = line.indexOf(' ');
      const text = line.slice(level + 1).trim();
      out.push(`<h${level} id="${escape(headingId(text))}">${inline(text)}</h${level}>`);
      i++;
    } else if (line.startsWith('|')) {
      const rows = [];
      for (; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i]);
      const cells = (r) =>
        r
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((c) => c.trim());
      const body = rows.filter((r) => !/^\|[\s:|-]+\|$/.test(r));
      const [head, ...rest] = body;
      out.push(
        '<table><thead><tr>' +
          cells(head)
            .map((c) => `<th>${inline(c)}</th>`)
            .join('') +
          '</tr></thead><tbody>' +
          rest
            .map(
              (r) =>
                '<tr>' +
                cells(r)
                  .map((c) => `<td>${inline(c)}</td>`)
                  .join('') +
                '</tr>',
            )
            .join('') +
          '</tbody></table>',
      );
    } else if (/^\s*- /.test(line)) {
      const items = [];
      for (; i < lines.length && (/^\s*- /.test(lines[i]) || /^\s{2,}\S/.test(lines[i])); i++) {
        if (/^\s*- /.test(lines[i]) && !/^\s{4,}- /.test(lines[i])) items.push(lines[i].replace(/^\s*- /, ''));
        else items[items.length - 1] = joinLines([items[items.length - 1], lines[i].trim().replace(/^- /, '· ')]);
      }
      out.push('<ul>' + items.map((t) => `<li>${inline(t)}</li>`).join('') + '</ul>');
    } else if (line.trim() === '') {
      i++;
    } else {
      const para = [];
      for (; i < lines.length && lines[i].trim() !== '' && !/^(#|```|\||\s*- )/.test(lines[i]); i++) para.push(lines[i]);
      out.push(`<p>${inline(joinLines(para))}</p>`);
    }
  }
  return out.join('\n');
}

/**
 * One help page: `md` rendered into <main>, with a contents list of its level-2 headings when
 * `contents` names it (the guide). Light and dark follow the system; colours meet WCAG AA.
 */
function helpPage(md = fs.readFileSync(SOURCE, 'utf8'), title = 'QS 自定义函数 · QS custom functions', options = {}) {
  const lang = options.lang ?? 'zh-CN';
  const body = markdownToHtml(md);
  const headings = [...body.matchAll(/<h2 id="([^"]+)">(.*?)<\/h2>/g)];
  const contents =
    options.contents && headings.length > 1
      ? `<nav aria-label="${escape(options.contents)}"><p class="toc-title">${escape(options.contents)}</p><ol>${headings
          .map(([, id, text]) => `<li><a href="#${id}">${text}</a></li>`)
          .join('')}</ol></nav>\n`
      : '';
  const other = options.other
    ? `<p class="lang"><a href="${options.other.href}" lang="${options.other.lang}">${escape(options.other.text)}</a></p>\n`
    : '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
:root { color-scheme: light dark; }
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Segoe UI", sans-serif; max-width: 52rem; margin: 1rem auto; padding: 0 1rem; line-height: 1.7; color: #1b1b1b; background: #fff; }
a { color: #0f5fa8; }
table { border-collapse: collapse; } th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; vertical-align: top; }
pre { background: #f4f4f4; padding: .5rem; overflow-x: auto; } code { font-family: Consolas, monospace; }
nav { border: 1px solid #ccc; border-radius: 4px; padding: .25rem 1rem; margin: 1rem 0; }
.toc-title { font-weight: bold; margin: .5rem 0 0; }
.shot img { max-width: 100%; height: auto; border: 1px solid #ccc; }
.note { border-left: 4px solid #8a6100; background: #fff8e6; padding: .25rem .75rem; margin: 1rem 0; }
.lang { text-align: right; margin: 0; }
@media (prefers-color-scheme: dark) {
  body { color: #f0f0f0; background: #1f1f1f; } a { color: #8fc7ff; } pre { background: #2b2b2b; }
  .note { background: #33290f; border-left-color: #e0b040; } th, td, nav, .shot img { border-color: #555; }
}
</style>
</head>
<body>
<main>
${other}${contents ? body.replace(/(<\/h1>)/, `$1\n${contents}`) : body}
</main>
</body>
</html>
`;
}

/**
 * The reference docs are written for developers too: source paths and SPEC sections say where a
 * rule lives. A clerk needs neither, so the user's copy drops asides that cite them, and any
 * paragraph or note that is about the code.
 */
function forClerks(md) {
  return md
    .split(/\n{2,}/)
    .filter((block) => !/`?src\/|SPEC\.md|程序代码为准/.test(block) || /^\|/.test(block))
    .join('\n\n')
    .replace(/[((][^()()\n]*?(?:src\/|SPEC)[^()()\n]*?[))]/g, '')
    .replace(/[,,;;]?\s*与 SPEC §[\d.]+ 相同/g, '')
    .replace(/SPEC §[\d.]+/g, '考核办法')
    .replace(/\bSPEC\b/g, '考核办法');
}

/** reference.html: the workbook format with every validation message and what to do, and scoring. */
function userHelpPage(files = USER_HELP_SOURCES) {
  const md = forClerks(files.map((f) => fs.readFileSync(f, 'utf8')).join('\n\n'));
  return helpPage(md, 'QS 优质服务考核 参考 · Reference', { contents: '目录 · Contents' });
}

/** The guide in one language: index.html (Chinese) or en.html (English). */
function guidePage(language) {
  const zh = language === 'zh';
  return helpPage(fs.readFileSync(GUIDE[language], 'utf8'), zh ? 'QS 优质服务考核 使用指南' : 'QS service assessment: the guide', {
    lang: zh ? 'zh-CN' : 'en',
    contents: zh ? '目录' : 'Contents',
    other: zh ? { href: 'en.html', lang: 'en', text: 'English' } : { href: 'index.html', lang: 'zh-CN', text: '中文' },
  });
}

/** The screenshots the guides show (images/…png), by their path under help/. */
function guideImages() {
  const used = new Set();
  for (const f of Object.values(GUIDE))
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/!\[[^\]]*\]\((images\/[^)]+)\)/g)) used.add(m[1]);
  return [...used];
}

/** Every file of help/, by name: what each door's build emits. */
function helpFiles() {
  const files = {
    'help/index.html': guidePage('zh'),
    'help/en.html': guidePage('en'),
    'help/reference.html': userHelpPage(),
    'help/functions.html': helpPage(forClerks(fs.readFileSync(SOURCE, 'utf8'))),
  };
  for (const image of guideImages()) files[`help/${image}`] = fs.readFileSync(path.join(DOCS, image));
  return files;
}

/** The docs the help is made from, for the builds' watch lists. */
const HELP_DEPENDENCIES = [SOURCE, ...USER_HELP_SOURCES, ...Object.values(GUIDE)];

/** The one webpack plugin that puts help/ into a door's build (Excel, the page, WPS). */
class HelpPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('HelpPlugin', (compilation) => {
      for (const f of HELP_DEPENDENCIES) compilation.fileDependencies.add(f);
      compilation.hooks.processAssets.tap({ name: 'HelpPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        for (const [name, content] of Object.entries(helpFiles())) compilation.emitAsset(name, new sources.RawSource(content));
      });
    });
  }
}

module.exports = { helpPage, userHelpPage, guidePage, helpFiles, HelpPlugin, markdownToHtml, headingId, SOURCE, USER_HELP_SOURCES, IMAGES };
