import { memo, useId } from 'react';
import { formatShape, type Network } from '../engine/index';
import { AddLayer } from './add-layer';
import type { LayerPath } from './editor-ops';
import { EditorRow, pathLabel } from './editor-row';
import { firstFailure, type EntryStatus } from './editor-walk';
import { InputEditor } from './input-editor';

export interface NetworkEditorProps {
  readonly network: Network;
  readonly entries: readonly EntryStatus[];
  readonly selected: LayerPath | null;
}

// The table editor: the input, one row per layer or block (blocks' layers nested), shapes and errors on their rows.
export const NetworkEditor = memo(function NetworkEditor({
  network,
  entries,
  selected,
}: NetworkEditorProps) {
  const id = useId();
  const failure = firstFailure(entries);
  const selectedKey = selected ? selected.join('/') : null;
  const top = selected && selected.length === 1 ? (selected[0] as number) : null;
  const last = entries.at(-1);
  const endChannels = last?.output?.channels ?? network.input.channels;
  const afterSelected = top === null ? null : entries[top];
  return (
    <section className="lab-card lab-editor" aria-labelledby={`${id}-h`}>
      <div className="lab-card-head">
        <h2 id={`${id}-h`}>Layers</h2>
        <p className="lab-hint">
          {entries.length} {entries.length === 1 ? 'entry' : 'entries'}; output{' '}
          <span className="num">
            {last?.output
              ? formatShape(last.output)
              : formatShape({ spatial: network.input.spatial, channels: network.input.channels })}
          </span>
        </p>
      </div>
      <InputEditor network={network} />
      {failure ? (
        <p className="lab-error-summary" role="status">
          Row {pathLabel(failure.path)} ({failure.layer.name}) stops the network
          {failure.error ? `: ${failure.error.message}` : '.'} Rows after it have no shapes until it
          is fixed.
        </p>
      ) : null}
      <div className="lab-scroll lab-editor-scroll">
        <table className="data lab-edit-table">
          <caption className="sr-only">
            The network&apos;s layers: settings, output shape, parameters and MACs of each
          </caption>
          <thead>
            <tr>
              <th scope="col" className="n">
                #
              </th>
              <th scope="col">Layer</th>
              <th scope="col">Settings</th>
              <th scope="col" className="n">
                Output
              </th>
              <th scope="col" className="n">
                Params
              </th>
              <th scope="col" className="n">
                MACs
              </th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, i) => (
              <EditorRow
                key={i}
                entry={entry}
                depth={0}
                selectedKey={selectedKey}
                last={i === entries.length - 1}
              />
            ))}
            {entries.length === 0 ? (
              <tr>
                <td colSpan={7} className="lab-hint">
                  No layers yet: add the first one below.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <div className="lab-add-bar">
        {afterSelected && top !== null ? (
          <AddLayer
            list={[]}
            index={top + 1}
            channels={afterSelected.output?.channels ?? endChannels}
            label={`Add after ${afterSelected.layer.name}`}
          />
        ) : null}
        <AddLayer list={[]} index={entries.length} channels={endChannels} label="Add at the end" />
      </div>
    </section>
  );
});
