// Whether the LibreOffice and poppler tools a test needs are installed. Without them a test file
// skips with a visible message; with env CI set it runs anyway, so a missing install step fails.
import { execFileSync } from 'child_process';
import { findSoffice } from '../../src/cli/pdf';

function onPath(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `soffice` and the named poppler commands: which are missing, and whether the tests run. */
export function officeTools(what: string, poppler: string[]): { run: boolean; missing: string[] } {
  const missing = [...(findSoffice() === null ? ['soffice'] : []), ...poppler.filter((c) => !onPath(c))];
  const run = missing.length === 0 || Boolean(process.env.CI);
  if (!run) {
    console.warn(
      `SKIPPED ${what}: ${missing.join(', ')} not installed ` +
        '(sudo apt-get install libreoffice-calc-nogui poppler-utils fonts-wqy-microhei). With env CI set they fail instead.',
    );
  }
  return { run, missing };
}
