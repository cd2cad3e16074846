import os from 'node:os';

/** CPU model, cores, memory, Node version and date: the line printed above the table. */
export function machineLine(now: Date = new Date()): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() || 'unknown CPU';
  const memoryGb = os.totalmem() / 1024 ** 3;
  return `${model}, ${cpus.length} cores, ${memoryGb.toFixed(1)} GB RAM, ${os.platform()} ${os.release()}, node ${process.version}, ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
