// Opening an .xlsx package held in memory: a complete zip, with an Excel workbook as its office
// document, of a size we can read. Every refusal is a FileProblem in Chinese naming the file and,
// where there is one, the part. Used by the command's file check, the reader and the merge.
import { LIMITS, mib, type Limits } from './limits';
import { contentTypeOf, officeDocumentPart, parseRels, relsPathOf, WORKBOOK_TYPES, type Rel } from './opc';
import { encryptedOrLegacy, FileProblem, isOle2, notWorkbook, type FileLabel } from './problem';
import { decodeText, inflateWhole, openZip, type UnpackBudget, type ZipArchive, type ZipEntry } from './zip';

export interface XlsxPackage {
  file: FileLabel;
  zip: ZipArchive;
  /** The workbook part, e.g. `xl/workbook.xml`, as stored in the zip. */
  workbookPart: string;
  /** [Content_Types].xml, or null when the producer left it out. */
  contentTypes: string | null;
  /** Counts what this package has unpacked so far. */
  budget: UnpackBudget;
  limits: Limits;
}

const TOO_BIG_ADVICE = '请把工作簿拆小后再试:例如按年份拆分(每个文件只放一年的记录),或把考核记录分成几个工作簿分别汇总。';

export function unpackBudget(file: FileLabel, limits: Limits): UnpackBudget {
  return {
    limit: limits.unpackedBytes,
    used: 0,
    exceeded: (part, bytes) =>
      new FileProblem(
        `文件「${file}」解压后超过可读取的上限 ${mib(limits.unpackedBytes)}(读到部件 ${part} 时已达 ${mib(bytes)}),未读取。` +
          TOO_BIG_ADVICE,
      ),
  };
}

function strictRefused(file: FileLabel): FileProblem {
  return new FileProblem(
    `文件「${file}」是“Strict Open XML 电子表格”格式,本工具只读取常用的 Excel 工作簿格式。请在 Excel 中打开它,另存为“Excel 工作簿(*.xlsx)”后再试。`,
  );
}

export function openPackage(bytes: Uint8Array, file: FileLabel, limits: Limits = LIMITS): XlsxPackage {
  // Checked first, in the browser too: an encrypted .xlsx is no zip, and "not Excel" would mislead.
  if (isOle2(bytes)) throw encryptedOrLegacy(file);
  const zip = openZip(bytes);
  if (zip === 'not-zip')
    throw new FileProblem(`文件「${file}」不是有效的 .xlsx 工作簿(内容不是 Excel 格式)。请在 Excel 中另存为 .xlsx 格式。`);
  if (zip === 'truncated') throw new FileProblem(`文件「${file}」已损坏或不完整(可能复制或下载时中断)。请重新获取完整的文件。`);
  if (zip === 'directory') throw new FileProblem(`文件「${file}」已损坏或不完整(压缩包目录无法读取)。请重新获取完整的文件。`);
  if (typeof zip === 'string' && zip.startsWith('duplicate:'))
    throw new FileProblem(
      `文件「${file}」的压缩包中有两个同名部件「${zip.slice(10)}」,无法确定哪一个是真的,未读取。文件可能已损坏或被篡改。请在 Excel 中打开原文件并另存为 .xlsx 后再试。`,
    );
  if (typeof zip === 'string' && zip.startsWith('unsafe:'))
    throw new FileProblem(
      `文件「${file}」的压缩包中有不安全的部件名「${zip.slice(7)}」(指向包外的路径:../、绝对路径或反斜杠),未读取。文件可能已损坏或被篡改。请确认文件来源,或在 Excel 中打开后另存为 .xlsx。`,
    );
  if (typeof zip === 'string') throw new FileProblem(`文件「${file}」已损坏或不完整。请重新获取完整的文件。`);
  const budget = unpackBudget(file, limits);
  const small = (entry: ZipEntry) => decodeText(inflateWhole(zip, entry, file, budget));

  let workbookPart = 'xl/workbook.xml';
  const rootRels = zip.find('_rels/.rels');
  if (rootRels) {
    const rootXml = small(rootRels);
    // Strict Open XML (ISO 29500 Strict: purl.oclc.org namespaces) is another vocabulary: reading
    // it as transitional would misread parts, and merging would mix the two in one package.
    if (/http:\/\/purl\.oclc\.org\/ooxml\//.test(rootXml)) throw strictRefused(file);
    const target = officeDocumentPart(rootXml);
    if (target === null) throw notWorkbook(file, '压缩包里没有 Office 文档部分');
    workbookPart = target;
  }
  const wbEntry = zip.find(workbookPart);
  if (!wbEntry) throw notWorkbook(file, `压缩包里没有 Excel 工作簿部分 ${workbookPart},可能是改了扩展名的其他文件`);
  const typesEntry = zip.find('[Content_Types].xml');
  const contentTypes = typesEntry ? small(typesEntry) : null;
  if (contentTypes !== null) {
    const type = contentTypeOf(contentTypes, workbookPart);
    // A macro-enabled workbook, a template or an add-in renamed .xlsx: Excel refuses to open such
    // a file (the content type says one thing, the name another), and so would it our output.
    const kind =
      type === null
        ? null
        : /ms-excel\.sheet\.macroEnabled/i.test(type)
          ? '启用宏的工作簿(.xlsm)'
          : /template/i.test(type)
            ? '模板(.xltx/.xltm)'
            : /addin/i.test(type)
              ? '加载项(.xlam)'
              : null;
    if (kind !== null) {
      throw new FileProblem(
        `文件「${file}」其实是 Excel ${kind},只是扩展名改成了 .xlsx:Excel 不会打开这样的文件,本工具也不读取。` +
          '请在 Excel 中打开它(必要时先把扩展名改回原来的),另存为“Excel 工作簿(*.xlsx)”后再试。',
      );
    }
    if (type !== null && !WORKBOOK_TYPES.test(type)) {
      throw notWorkbook(
        file,
        `其中的文档是「${type.replace(/^application\/vnd\./, '')}」,不是 Excel 工作簿,可能是改了扩展名的 Word 或 PowerPoint 文件`,
      );
    }
  }
  const pkg: XlsxPackage = { file, zip, workbookPart: wbEntry.name, contentTypes, budget, limits };
  // A Strict workbook without root relationships still names its namespace in the workbook part.
  if (/http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main/.test(small(wbEntry).slice(0, 4096))) throw strictRefused(file);
  checkDeclaredSizes(pkg);
  return pkg;
}

/** A small part as text (the budget counts it); null when the package has no such part. */
export function readSmallPart(pkg: XlsxPackage, part: string): string | null {
  const entry = pkg.zip.find(part);
  return entry ? decodeText(inflateWhole(pkg.zip, entry, pkg.file, pkg.budget)) : null;
}

/** The workbook part's relationships (sheets, styles, shared strings…). */
export function workbookRels(pkg: XlsxPackage): Rel[] {
  const xml = readSmallPart(pkg, relsPathOf(pkg.workbookPart));
  return xml === null ? [] : parseRels(xml, pkg.workbookPart);
}

/**
 * Refuses, before unpacking anything large, a package whose directory already says it is too big
 * or whose parts pack impossibly well (a zip bomb). The directory may lie: the budget then stops
 * the read when the real bytes pass the limit.
 */
function checkDeclaredSizes(pkg: XlsxPackage): void {
  const { zip, file, limits } = pkg;
  const xmlParts = zip.entries.filter((e) => /\.(xml|rels)$/i.test(e.name)); // media, printer settings… are never unpacked
  const total = xmlParts.reduce((n, e) => n + e.uncompressedSize, 0);
  if (total > limits.unpackedBytes) {
    const biggest = [...xmlParts].sort((a, b) => b.uncompressedSize - a.uncompressedSize)[0];
    throw new FileProblem(
      `文件「${file}」的工作表数据解压后有 ${mib(total)},超过可读取的上限 ${mib(limits.unpackedBytes)}(约 250 万条考核记录;最大的部件是 ${biggest.name},${mib(biggest.uncompressedSize)}),未读取。` +
        TOO_BIG_ADVICE,
    );
  }
  for (const e of xmlParts) {
    if (e.uncompressedSize >= limits.bombMinBytes && e.uncompressedSize > e.compressedSize * limits.bombRatio) {
      throw new FileProblem(
        `文件「${file}」中的部件 ${e.name} 压缩后只有 ${(e.compressedSize / 1024).toFixed(0)} KB,却声称解压后有 ${mib(e.uncompressedSize)}:` +
          '这不是正常的工作簿数据(疑似“压缩炸弹”),未读取。请确认文件来源,或在 Excel 中打开后另存为 .xlsx。',
      );
    }
    if (isSharedStrings(pkg, e.name) && e.uncompressedSize > limits.sharedStringBytes) {
      throw new FileProblem(
        `文件「${file}」的共享字符串部件 ${e.name} 解压后有 ${mib(e.uncompressedSize)},超过可读取的上限 ${mib(limits.sharedStringBytes)},未读取。` +
          TOO_BIG_ADVICE,
      );
    }
  }
}

function isSharedStrings(pkg: XlsxPackage, part: string): boolean {
  if (pkg.contentTypes !== null && /sharedStrings\+xml/i.test(contentTypeOf(pkg.contentTypes, part) ?? '')) return true;
  return /(^|\/)sharedStrings\d*\.xml$/i.test(part);
}
