import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly node: string;
  /** 1-minute load average, the share of the cores other work was taking. */
  readonly load: number;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((text) => text.startsWith('model name'));
    if (line !== undefined) return line.slice(line.indexOf(':') + 1).trim();
  } catch {
    // No /proc (macOS, Windows): Node's own report below.
  }
  return cpus()[0]?.model ?? 'unknown';
}

export function describeMachine(): Machine {
  return {
    cores: cpus().length,
    cpu: cpuModel(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    load: loadavg()[0] ?? 0,
  };
}

export function machineLine(machine: Machine): string {
  return `${machine.cores} cores (nproc), ${machine.cpu}, ${machine.memoryGiB} GiB memory, Node ${machine.node}, load average ${machine.load.toFixed(2)} at start`;
}
