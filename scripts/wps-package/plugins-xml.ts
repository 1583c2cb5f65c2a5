// The XML files that tell WPS where the add-in is (WPS.md §2), written by the build:
// - jsplugins.xml, for the enterprise (OEM) route: oem.ini's JSPluginsServer names this file, and
//   its <jsplugin> points at the offline archive (.7z) on a local or intranet path;
// - publish.xml, the file WPS itself keeps in the user's jsaddons folder, for the manual route
//   (unpack the archive there), in the form the wpsjs tool's self-extracting installer writes.
// Build-time only.

export interface AddinInfo {
  /** ASCII: the archive and the folder inside it are named after it. */
  name: string;
  version: string;
  type: 'et';
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The archive's name and the folder inside it, as `wpsjs build` (offline) makes them. */
export function archiveName(a: AddinInfo): string {
  return `${a.name}.7z`;
}
export function folderName(a: AddinInfo): string {
  return `${a.name}_${a.version}`;
}

export function jspluginsXml(a: AddinInfo, archiveUrl: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<jsplugins>',
    `  <jsplugin name="${escape(a.name)}" type="${a.type}" version="${escape(a.version)}" url="${escape(archiveUrl)}"/>`,
    '</jsplugins>',
    '',
  ].join('\n');
}

export function publishXml(a: AddinInfo): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<jsplugins>',
    `  <jsplugin name="${escape(a.name)}" type="${a.type}" url="${escape(folderName(a))}" version="${escape(a.version)}" enable="enable_dev" install="null" customDomain=""/>`,
    '</jsplugins>',
    '',
  ].join('\n');
}
