// Prints JSON for people: a value that fits on one line stays on one line (so a layer is a line).

const LINE = 100;

/** The entries of an object that JSON keeps (undefined values are dropped). */
function entriesOf(value: object): [string, unknown][] {
  return Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
}

/** Prints a JSON value on one line with a space after each colon and comma. */
function oneLine(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((item: unknown) => oneLine(item ?? null)).join(', ')}]`;
  return `{${entriesOf(value)
    .map(([key, v]) => `${JSON.stringify(key)}: ${oneLine(v)}`)
    .join(', ')}}`;
}

/** Prints a JSON value with two-space indents, keeping short objects and lists on one line. */
export function printJson(value: unknown, indent = ''): string {
  const flat = oneLine(value);
  if (value === null || typeof value !== 'object') return flat;
  if (indent.length + flat.length <= LINE) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => inner + printJson(item ?? null, inner));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const lines = entriesOf(value).map(
    ([key, v]) => `${inner}${JSON.stringify(key)}: ${printJson(v, inner)}`,
  );
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
