// Turns docs/functions.md into dist/help/functions.html, the page the functions' helpUrl opens
// (https://…/help/functions.html#score). A deliberately small Markdown subset — headings,
// paragraphs, lists, tables, code blocks, `code` and **bold** — because that is all the file
// uses; everything is HTML-escaped first. Headings "### QS.SCORE" get the id "score".
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require('fs');
const path = require('path');

const SOURCE = path.join(__dirname, '..', 'docs', 'functions.md');
const DOCS = path.join(__dirname, '..', 'docs');
/** The help page the task pane links to (dist/help/index.html), and the manifest's SupportUrl. */
const USER_HELP_SOURCES = ['help.md', 'workbook.md', 'scoring.md', 'functions.md'].map((f) => path.join(DOCS, f));

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const inline = (s) =>
  escape(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');

function headingId(text) {
  const fn = /^QS\.([A-Z]+)/.exec(text);
  if (fn) return fn[1].toLowerCase();
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
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
      out.push(`<pre><code>${escape(code.join('\n'))}</code></pre>`);
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
        else items[items.length - 1] += ' ' + lines[i].trim().replace(/^- /, '· ');
      }
      out.push('<ul>' + items.map((t) => `<li>${inline(t)}</li>`).join('') + '</ul>');
    } else if (line.trim() === '') {
      i++;
    } else {
      const para = [];
      for (; i < lines.length && lines[i].trim() !== '' && !/^(#|```|\||\s*- )/.test(lines[i]); i++) para.push(lines[i]);
      out.push(`<p>${inline(para.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}

function helpPage(md = fs.readFileSync(SOURCE, 'utf8'), title = 'QS 自定义函数 · QS custom functions') {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body { font-family: "Microsoft YaHei", "WenQuanYi Micro Hei", "Segoe UI", sans-serif; max-width: 52rem; margin: 1rem auto; padding: 0 1rem; line-height: 1.6; }
table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; }
pre { background: #f4f4f4; padding: .5rem; overflow-x: auto; } code { font-family: Consolas, monospace; }
</style>
</head>
<body>
${markdownToHtml(md)}
</body>
</html>
`;
}

/**
 * dist/help/index.html: what a user needs without the repository — where to start and what the
 * pane's messages mean (docs/help.md), the workbook format with every validation message and
 * what to do about it (docs/workbook.md), scoring with the worked example (docs/scoring.md), and
 * the functions (docs/functions.md). Links between the docs point into the same page.
 */
function userHelpPage(files = USER_HELP_SOURCES) {
  const md = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n\n');
  return helpPage(md, 'QS 优质服务考核 帮助 · Help');
}

module.exports = { helpPage, userHelpPage, markdownToHtml, headingId, SOURCE, USER_HELP_SOURCES };
