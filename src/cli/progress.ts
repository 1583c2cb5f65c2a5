// A progress line on stderr for long runs: always on a terminal; otherwise only once the run has
// taken more than a second, so quick runs and scripts see clean output.
import type { Io } from './io';

export class Progress {
  private readonly start = Date.now();

  constructor(private readonly io: Io) {}

  step(what: string): void {
    const elapsed = (Date.now() - this.start) / 1000;
    if (this.io.errIsTTY || elapsed > 1) this.io.err(`[${elapsed.toFixed(1)}s] ${what}`);
  }
}
