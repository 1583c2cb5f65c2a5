// Where the command writes: the real process streams, or buffers in tests (main() runs in-process).
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** True when stderr is a terminal (progress lines are then always shown). */
  errIsTTY: boolean;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  errIsTTY: Boolean(process.stderr.isTTY),
};

/** An Io that records everything, for tests and for callers that want the text. */
export function bufferIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), errIsTTY: false };
}
