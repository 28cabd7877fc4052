import { memo, useCallback } from 'react';
import { expandMbConv, formatCompact, formatCount, formatShape } from '../engine/index';
import { AddLayer } from './add-layer';
import {
  layerNames,
  moveLayer,
  removeLayer,
  replaceWithMany,
  setField,
  type LayerPath,
} from './editor-ops';
import type { EntryStatus } from './editor-walk';
import { FieldInput } from './field-input';
import { GroupsInspector } from './groups-inspector';
import { LAYER_FIELDS, settingsSummary } from './layer-fields';
import { currentNetwork, useLabStore } from './lab-store';
import { NameInput } from './name-input';

const store = useLabStore.getState;

/** Readable position of a path: [3, 'body', 1] → "4.b2". */
export function pathLabel(path: LayerPath): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += String(part + 1);
    else text += part === 'body' ? '.b' : '.s';
  }
  return text;
}

/** The block a nested row belongs to (closing a row inside a block keeps the block open), or null. */
function parentOf(path: LayerPath): LayerPath | null {
  return path.length > 2 ? path.slice(0, -2) : null;
}

/** The names in use, so a rename cannot take one twice. */
const takenNames = () => layerNames(currentNetwork()?.layers ?? []);

interface RowProps {
  readonly entry: EntryStatus;
  readonly depth: number;
  readonly selectedKey: string | null;
  readonly last: boolean;
}

/** Prints a shape for comparison ("" for none). */
const shapeKey = (s: EntryStatus['input']) => (s ? formatShape(s) : '');

/** Statuses are new objects after each analysis; a row re-renders only when what it shows changed. */
function sameRow(a: RowProps, b: RowProps): boolean {
  const x = a.entry;
  const y = b.entry;
  const sameEntry =
    x === y ||
    (x.layer === y.layer &&
      x.path.join('/') === y.path.join('/') &&
      shapeKey(x.input) === shapeKey(y.input) &&
      shapeKey(x.output) === shapeKey(y.output) &&
      x.params === y.params &&
      x.macs === y.macs &&
      x.error?.message === y.error?.message &&
      x.body === y.body &&
      x.shortcut === y.shortcut);
  return sameEntry && a.depth === b.depth && a.selectedKey === b.selectedKey && a.last === b.last;
}

// One entry of the table editor: its settings, its output shape and cost, its actions, and its error.
export const EditorRow = memo(function EditorRow({ entry, depth, selectedKey, last }: RowProps) {
  const { layer, path } = entry;
  // The open row shows inputs; the others show their settings as text, which keeps long networks fast.
  const selected = selectedKey === path.join('/');
  const commit = useCallback(
    (field: string, value: unknown) => store().editLayers((l) => setField(l, path, field, value)),
    [path],
  );
  const rename = useCallback(
    (name: string) => store().editLayers((l) => setField(l, path, 'name', name)),
    [path],
  );
  const unpack = () => {
    if (layer.kind !== 'mbconv' || !entry.input) return;
    const expanded = expandMbConv(layer, entry.input.channels, layer.name);
    if (!expanded.ok) return;
    const inner = expanded.value.map((l) => (layer.stage ? { ...l, stage: layer.stage } : l));
    store().editLayers((l) => replaceWithMany(l, path, inner));
  };
  const error = entry.error;
  const name = layer.name;
  const verb = layer.kind === 'residual' ? 'Open' : 'Edit';
  return (
    <>
      <tr
        className={['lab-edit-row', selected ? 'is-selected' : '', error ? 'has-error' : '']
          .join(' ')
          .trim()}
      >
        <td className="n lab-pos" style={{ paddingLeft: `${0.4 + depth * 1.1}rem` }}>
          {pathLabel(path)}
        </td>
        <td className="lab-name-cell">
          <span className={`lab-kind lab-kind-${layer.kind}`}>{layer.kind}</span>
          {selected ? (
            <NameInput name={name} taken={takenNames} onRename={rename} />
          ) : (
            <span className="lab-name-text">{name}</span>
          )}
        </td>
        <td className="lab-settings">
          {selected ? (
            <div className="lab-settings-inner">
              {LAYER_FIELDS[layer.kind].map((field, i) => (
                <FieldInput
                  key={field.key}
                  layer={layer}
                  field={field}
                  onCommit={commit}
                  autoFocus={i === 0}
                />
              ))}
              {LAYER_FIELDS[layer.kind].length === 0 ? (
                <span className="lab-hint">no settings</span>
              ) : null}
            </div>
          ) : (
            <span className="lab-summary">{settingsSummary(layer)}</span>
          )}
        </td>
        <td className="n lab-shape">{entry.output ? formatShape(entry.output) : '—'}</td>
        <td className="n" title={formatCount(entry.params)}>
          {entry.output ? formatCompact(entry.params) : '—'}
        </td>
        <td className="n" title={formatCount(entry.macs)}>
          {entry.output ? formatCompact(entry.macs) : '—'}
        </td>
        <td className="lab-row-actions">
          <button
            type="button"
            aria-expanded={selected}
            onClick={() => store().select(selected ? parentOf(path) : path)}
            aria-label={`${selected ? 'Close' : verb} ${name}`}
          >
            {selected ? 'Done' : verb}
          </button>
          {layer.kind === 'mbconv' ? (
            <button
              type="button"
              onClick={unpack}
              disabled={!entry.input}
              aria-label={`Unpack ${name} into its layers`}
            >
              Unpack
            </button>
          ) : null}
          <button
            type="button"
            onClick={() => store().editLayers((l) => moveLayer(l, path, -1))}
            disabled={path.at(-1) === 0}
            aria-label={`Move ${name} up`}
          >
            ↑
          </button>
          <button
            type="button"
            onClick={() => store().editLayers((l) => moveLayer(l, path, 1))}
            disabled={last}
            aria-label={`Move ${name} down`}
          >
            ↓
          </button>
          <button
            type="button"
            onClick={() => store().editLayers((l) => removeLayer(l, path))}
            aria-label={`Remove ${name}`}
          >
            ✕
          </button>
        </td>
      </tr>
      {selected && layer.kind === 'conv' && entry.input ? (
        <tr className="lab-inspector-row">
          <td />
          <td colSpan={6}>
            <GroupsInspector entry={entry} path={path} />
          </td>
        </tr>
      ) : null}
      {error ? (
        <tr className="lab-row-error">
          <td />
          <td colSpan={6}>
            <strong>{name}</strong>
            {error.field ? <code> {error.field}</code> : null}: {error.message}
          </td>
        </tr>
      ) : null}
      {entry.body ? (
        <NestedList
          title="body"
          entries={entry.body}
          path={[...path, 'body']}
          depth={depth + 1}
          selectedKey={selectedKey}
          channels={entry.input?.channels ?? 1}
        />
      ) : null}
      {entry.shortcut ? (
        <NestedList
          title="shortcut (identity when empty)"
          entries={entry.shortcut}
          path={[...path, 'shortcut']}
          depth={depth + 1}
          selectedKey={selectedKey}
          channels={entry.input?.channels ?? 1}
        />
      ) : null}
    </>
  );
}, sameRow);

interface NestedProps {
  readonly title: string;
  readonly entries: readonly EntryStatus[];
  readonly path: LayerPath;
  readonly depth: number;
  readonly selectedKey: string | null;
  readonly channels: number;
}

// A residual block's body or shortcut: a caption row, its entries, and a way to add one.
function NestedList({ title, entries, path, depth, selectedKey, channels }: NestedProps) {
  return (
    <>
      <tr className="lab-nested-head">
        <td />
        <td colSpan={6} style={{ paddingLeft: `${depth * 1.1}rem` }}>
          <span className="lab-nested-title">{title}</span>
          <AddLayer
            list={path}
            index={entries.length}
            channels={channels}
            label={`Add to ${title.split(' ')[0]}`}
          />
        </td>
      </tr>
      {entries.map((entry, i) => (
        <EditorRow
          key={entry.path.join('/')}
          entry={entry}
          depth={depth}
          selectedKey={selectedKey}
          last={i === entries.length - 1}
        />
      ))}
    </>
  );
}
