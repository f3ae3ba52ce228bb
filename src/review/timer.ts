// Wall time per review phase, for the report's stats and the benchmarks.
export class PhaseTimer {
  readonly timings: Record<string, number> = {};
  private current?: { name: string; at: number };

  start(name: string): void {
    this.stop();
    this.current = { name, at: performance.now() };
  }

  stop(): void {
    if (!this.current) return;
    const elapsed = performance.now() - this.current.at;
    this.timings[this.current.name] = Math.round((this.timings[this.current.name] ?? 0) + elapsed);
    this.current = undefined;
  }
}
