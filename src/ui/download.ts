// Saving a file from a pane through the webview's own download: a local blob: URL clicked as a
// link, so nothing leaves the machine. Hosts offer it as WorkbookHost.download only where their
// webview is known to save downloads (src/office/workbook-host.ts says where).
export async function blobDownload(name: string, bytes: Uint8Array, mime: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: a webview may start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
