import { useContext, useId, useMemo } from 'react';
import { analyzeNetwork, formatCount, type ConvSpec } from '../engine/index';
import { DerivationView } from '../ui/derivation-view';
import { setField, type LayerPath } from './editor-ops';
import type { EntryStatus } from './editor-walk';
import { useLabStore } from './lab-store';
import { commonDivisors, groupsOf, groupsType } from './groups';
import { InspectContext } from './inspect-context';

export interface GroupsInspectorProps {
  readonly entry: EntryStatus;
  readonly path: LayerPath;
}

// The groups slider of one convolution, from standard (g = 1) to depthwise (g = C_in), with its cost live.
export function GroupsInspector({ entry, path }: GroupsInspectorProps) {
  const id = useId();
  const { convention, totalMacs } = useContext(InspectContext);
  const layer = entry.layer.kind === 'conv' ? entry.layer : null;
  const input = entry.input;
  const m = input?.channels ?? 0;
  const n = layer?.out ?? 0;
  const options = useMemo(() => commonDivisors(m, n), [m, n]);
  const row = useMemo(() => {
    if (!layer || !input) return null;
    const net = {
      id: 'layer',
      title: layer.name,
      input: { spatial: input.spatial, channels: input.channels },
      layers: [layer],
    };
    const result = analyzeNetwork(net, { convention });
    return result.ok ? (result.value.rows[0] ?? null) : null;
  }, [layer, input, convention]);
  if (!layer || !input) return null;

  const g = groupsOf(layer, m);
  const position = Math.max(0, options.indexOf(g));
  const set = (value: number) => {
    const groups: ConvSpec['groups'] = value === m && n === m ? 'depthwise' : value;
    useLabStore
      .getState()
      .editLayers((layers) => setField(layers, path, 'groups', groups === 1 ? undefined : groups));
  };
  const standardMacs = row ? row.macs * g : 0;
  return (
    <section className="lab-inspector" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Groups of {layer.name}</h3>
      <p className="lab-hint">
        Input channels M = {m}, output channels N = {n}. Each of the g groups sees M/g input
        channels, so the cost is 1/g of the standard convolution&apos;s.
      </p>
      <div className="param-control">
        <span id={`${id}-label`} className="param-label">
          <span className="param-meaning">Groups g (divisors of both M and N)</span>
        </span>
        <div className="param-inputs">
          <input
            type="range"
            min={0}
            max={Math.max(0, options.length - 1)}
            step={1}
            value={position}
            aria-labelledby={`${id}-label`}
            aria-valuetext={`g = ${g}, ${groupsType(g, m, n, layer)}`}
            onChange={(e) => set(options[Number(e.target.value)] ?? 1)}
          />
          <output className="lab-groups-value num" htmlFor={`${id}-label`}>
            g = {g}
          </output>
        </div>
        <p className="lab-groups-type">{groupsType(g, m, n, layer)}</p>
      </div>
      {n !== m ? (
        <p className="lab-hint">
          Depthwise (g = M) needs N = M here.{' '}
          <button
            type="button"
            onClick={() => useLabStore.getState().editLayers((l) => setField(l, path, 'out', m))}
          >
            Set N = M = {m}
          </button>
        </p>
      ) : null}
      {row ? (
        <>
          <DerivationView derivation={row.derivation} />
          <dl className="lab-facts">
            <div>
              <dt>This layer</dt>
              <dd className="num">{formatCount(row.macs)} MACs</dd>
            </div>
            <div>
              <dt>With g = 1</dt>
              <dd className="num">{formatCount(standardMacs)} MACs</dd>
            </div>
            <div>
              <dt>Params</dt>
              <dd className="num">{formatCount(row.params)}</dd>
            </div>
            {totalMacs !== null ? (
              <div>
                <dt>Whole network</dt>
                <dd className="num">{formatCount(totalMacs)} MACs</dd>
              </div>
            ) : null}
          </dl>
        </>
      ) : null}
    </section>
  );
}
