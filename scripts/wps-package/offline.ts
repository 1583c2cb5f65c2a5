// The offline package (离线包), in the layout the wpsjs tool's offline build makes: one .7z holding
// a folder <name>_<version>/ with the add-in's files (package.json left out), beside the XML
// files that point WPS at it and the publish page. 7-Zip comes from the 7zip-bin package (the
// binary the wpsjs tool itself uses), so no system package is needed. Build-time only (Node).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { archiveName, folderName, jspluginsXml, publishXml, type AddinInfo } from './plugins-xml';

/** Where the enterprise jsplugins.xml says the archive is, unless QS_WPS_ARCHIVE_URL says otherwise. */
export const DEFAULT_ARCHIVE_URL = 'file:///C:/QSAssess/qs-assess.7z';

export function sevenZip(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bin = (require('7zip-bin') as { path7za: string }).path7za;
  // npm may unpack the binary without its execute bit.
  fs.chmodSync(bin, 0o755);
  return bin;
}

/** Files of the add-in folder that go into the archive (everything but the wpsjs project file). */
function addinFiles(addinDir: string): string[] {
  return fs.readdirSync(addinDir).filter((f) => f !== 'package.json');
}

export interface OfflineOptions {
  addinDir: string;
  outDir: string;
  addin: AddinInfo;
  archiveUrl?: string;
  publishTemplate: string;
}

export function buildOfflinePackage(o: OfflineOptions): string[] {
  fs.rmSync(o.outDir, { recursive: true, force: true });
  fs.mkdirSync(o.outDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-wps-'));
  try {
    const folder = path.join(staging, folderName(o.addin));
    fs.mkdirSync(folder);
    for (const f of addinFiles(o.addinDir)) fs.cpSync(path.join(o.addinDir, f), path.join(folder, f), { recursive: true });
    const archive = path.join(o.outDir, archiveName(o.addin));
    execFileSync(sevenZip(), ['a', '-t7z', '-bd', '-y', archive, folderName(o.addin)], { cwd: staging, stdio: 'pipe' });
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  fs.writeFileSync(path.join(o.outDir, 'jsplugins.xml'), jspluginsXml(o.addin, o.archiveUrl || DEFAULT_ARCHIVE_URL));
  fs.writeFileSync(path.join(o.outDir, 'publish.xml'), publishXml(o.addin));
  const page = fs
    .readFileSync(o.publishTemplate, 'utf8')
    .split('%ADDIN_NAME%')
    .join(o.addin.name)
    .split('%ADDIN_VERSION%')
    .join(o.addin.version);
  fs.writeFileSync(path.join(o.outDir, 'publish.html'), page);
  return fs.readdirSync(o.outDir).sort();
}

/** The archive's entries (7za l), for the tests and for a person checking a package by hand. */
export function listArchive(archive: string): string[] {
  const out = execFileSync(sevenZip(), ['l', '-slt', '-ba', archive], { encoding: 'utf8' });
  return out
    .split(/\r?\n/)
    .filter((l) => l.startsWith('Path = '))
    .map((l) => l.slice('Path = '.length).replace(/\\/g, '/'))
    .sort();
}
