// Where the command writes: the real process streams, or buffers in tests (main() runs in-process).
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** True when stderr is a terminal (progress lines are then always shown). */
  errIsTTY: boolean;
}

/**
 * A stream whose reader went away (`qs-assess … --json | head`, a closed `jq`): writing to it
 * raises EPIPE, asynchronously, as an 'error' event that would otherwise crash the process with a
 * stack trace after the work was done. The command finishes quietly instead — files are still
 * written, the exit code is still the command's — and later lines for that stream are dropped.
 */
export function pipeSafeWriter(stream: NodeJS.WritableStream): (line: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw e;
  });
  return (line) => {
    if (closed) return;
    try {
      stream.write(line + '\n');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') closed = true;
      else throw e;
    }
  };
}

let stdoutWriter: ((line: string) => void) | null = null;
let stderrWriter: ((line: string) => void) | null = null;

export const processIo: Io = {
  out: (line) => (stdoutWriter ??= pipeSafeWriter(process.stdout))(line),
  err: (line) => (stderrWriter ??= pipeSafeWriter(process.stderr))(line),
  errIsTTY: Boolean(process.stderr.isTTY),
};

/** An Io that records everything, for tests and for callers that want the text. */
export function bufferIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), errIsTTY: false };
}
