// Number formatting shared by the UI and the CLI.

/** Prints an integer with thousands separators: 568740352 → "568,740,352". */
export function formatCount(n: number, separator = ','): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isSafeInteger(n) && n >= 0) return group(String(n), separator);
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const [whole = '0', fraction] = (Number.isInteger(abs) ? abs.toFixed(0) : String(abs)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return fraction === undefined ? sign + grouped : `${sign}${grouped}.${fraction}`;
}

/** Inserts a separator every three digits from the right: "568740352" → "568,740,352". */
function group(digits: string, separator: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/** A unit of a compact count. */
export type CompactUnit = '' | 'K' | 'M' | 'B' | 'T';

const SCALE: Readonly<Record<CompactUnit, number>> = { '': 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/** Options for formatCompact. */
export interface CompactOptions {
  /** Force a unit, e.g. 'B' to print 0.39 B as EfficientNet's Table 2 does. */
  readonly unit?: CompactUnit;
  /** Digits after the point (default 1). */
  readonly digits?: number;
}

/** Prints a count compactly: 568740352 → "568.7 M", 5288548 → "5.3 M", with unit 'B' and 2 digits → "0.39 B". */
export function formatCompact(n: number, options: CompactOptions = {}): string {
  const abs = Math.abs(n);
  const unit: CompactUnit =
    options.unit ??
    (abs >= 1e12 ? 'T' : abs >= 1e9 ? 'B' : abs >= 1e6 ? 'M' : abs >= 1e3 ? 'K' : '');
  const digits = options.digits ?? (unit === '' && Number.isInteger(n) ? 0 : 1);
  const text = (n / SCALE[unit]).toFixed(digits);
  return unit === '' ? text : `${text} ${unit}`;
}

/** Options for formatBytes. */
export interface BytesOptions {
  /** Powers of 1024 (KiB, MiB) instead of 1000 (kB, MB). */
  readonly binary?: boolean;
  readonly digits?: number;
}

/** Prints a size in bytes: 16840352 → "16.8 MB" (decimal by default, "16.1 MiB" binary). */
export function formatBytes(bytes: number, options: BytesOptions = {}): string {
  const base = options.binary ? 1024 : 1000;
  const units = options.binary ? ['B', 'KiB', 'MiB', 'GiB', 'TiB'] : ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let i = 0;
  while (Math.abs(value) >= base && i < units.length - 1) {
    value /= base;
    i += 1;
  }
  const digits = i === 0 ? 0 : (options.digits ?? 1);
  return `${value.toFixed(digits)} ${units[i] ?? 'B'}`;
}

/** Prints a share as a percentage: 0.9486 → "94.86 %". */
export function formatPercent(share: number, digits = 2): string {
  return `${(share * 100).toFixed(digits)} %`;
}

/** Prints a number exactly when it is an integer, else with up to `digits` decimals trimmed. */
export function formatNumber(n: number, digits = 4, separator = ','): string {
  if (Number.isInteger(n)) return formatCount(n, separator);
  const fixed = n.toFixed(digits).replace(/\.?0+$/, '');
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
