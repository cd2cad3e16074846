/**
 * The one table `npm run bench` prints: one line per (benchmark, peer) pair, ours beside the peer, the ratio
 * ours/peer and the target with ✓/✗. Printed as a Markdown table so that it can be pasted into the README as is.
 */

/** A measured quantity: its value and how to print it. */
export interface Quantity {
  value: number;
  unit: Unit;
  /** Printed after the value, e.g. "peak 310 MB". */
  note?: string;
}

export type Unit = 's' | 'ms' | 'µs' | 'req/s' | 'ops/s' | 'B' | 'MB';

/** A target on the ratio ours/peer (e.g. `≤ 1.0×`) or on our own value (e.g. `≤ 15 ms`). */
export type Target =
  | { on: 'ratio'; atMost: number }
  | { on: 'ratio'; atLeast: number }
  | { on: 'ours'; atMost: number; unit: Unit }
  | { on: 'ours'; atLeast: number; unit: Unit };

export interface TableLine {
  benchmark: string;
  ours: Quantity | undefined;
  peer?: string;
  peerValue?: Quantity;
  target?: Target;
  /** Why a value is missing, or anything the reader must know to read the line. */
  remark?: string;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Three significant digits at most, no exponent, thousands grouped: 12 345, 1.23, 0.0456. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  const decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : magnitude >= 0.1 ? 3 : 4;
  const [whole = '0', fraction] = value.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function formatQuantity(quantity: Quantity | undefined): string {
  if (quantity === undefined) return '—';
  const text = quantity.unit === 'B' ? formatBytes(quantity.value) : `${formatNumber(quantity.value)} ${quantity.unit}`;
  return quantity.note ? `${text} (${quantity.note})` : text;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 ? `${formatNumber(bytes / 1024)} KB` : `${formatNumber(bytes)} B`;
}

export function ratio(ours: Quantity | undefined, peer: Quantity | undefined): number | undefined {
  if (ours === undefined || peer === undefined || peer.value === 0) return undefined;
  if (ours.unit !== peer.unit) throw new Error(`cannot compare ${ours.unit} with ${peer.unit}`);
  return ours.value / peer.value;
}

export function formatRatio(value: number | undefined): string {
  return value === undefined ? '—' : `${formatNumber(value)}×`;
}

export function formatTarget(target: Target | undefined): string {
  if (target === undefined) return '—';
  if (target.on === 'ratio') return 'atMost' in target ? `≤ ${target.atMost.toFixed(1)}×` : `≥ ${target.atLeast.toFixed(1)}×`;
  const [sign, limit] = 'atMost' in target ? ['≤', target.atMost] : ['≥', target.atLeast];
  return target.unit === 'B' && limit >= 1024 ? `${sign} ${limit / 1024} KB` : `${sign} ${limit} ${target.unit}`;
}

/** True/false when the target applies and the value is known; undefined otherwise. */
export function meetsTarget(line: TableLine): boolean | undefined {
  const { target, ours } = line;
  if (target === undefined || ours === undefined) return undefined;
  if (target.on === 'ours') {
    if (ours.unit !== target.unit) throw new Error(`target in ${target.unit}, value in ${ours.unit}`);
    return 'atMost' in target ? ours.value <= target.atMost : ours.value >= target.atLeast;
  }
  const value = ratio(ours, line.peerValue);
  if (value === undefined) return undefined;
  return 'atMost' in target ? value <= target.atMost : value >= target.atLeast;
}

function statusMark(line: TableLine): string {
  const met = meetsTarget(line);
  return met === undefined ? '' : met ? '✓' : '✗';
}

const HEADER = ['benchmark', 'ours', 'peer', 'peer value', 'ours/peer', 'target', '', 'remark'];

/** The lines as a Markdown table; a benchmark's name is printed once for its consecutive lines. */
export function formatTable(lines: readonly TableLine[]): string {
  const rows = lines.map((line, index) => {
    const repeated = index > 0 && lines[index - 1]?.benchmark === line.benchmark;
    const target = line.target;
    const ratioCell = line.peerValue === undefined ? '—' : formatRatio(ratio(line.ours, line.peerValue));
    return [
      repeated ? '' : line.benchmark,
      repeated && sameQuantity(lines[index - 1]?.ours, line.ours) ? '″' : formatQuantity(line.ours),
      line.peer ?? '—',
      formatQuantity(line.peerValue),
      ratioCell,
      formatTarget(target),
      statusMark(line),
      line.remark ?? '',
    ];
  });
  const widths = HEADER.map((title, column) => Math.max(3, width(title), ...rows.map((row) => width(row[column] ?? ''))));
  const render = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - width(cell))).join(' | ')} |`;
  return [render(HEADER), render(widths.map((w) => '-'.repeat(w))), ...rows.map(render)].join('\n');
}

function sameQuantity(a: Quantity | undefined, b: Quantity | undefined): boolean {
  return a !== undefined && b !== undefined && a.value === b.value && a.unit === b.unit && a.note === b.note;
}

/** Display width: code points (the table holds no wide characters). */
function width(text: string): number {
  return [...text].length;
}
