import { useId, useState } from 'react';
import type { LayerSpec } from '../engine/index';
import { insertLayer, layerNames, newLayer, type ListPath } from './editor-ops';
import { LAYER_KINDS } from './layer-json';
import { currentNetwork, useLabStore } from './lab-store';

/** What each kind is called in the menu. */
export const KIND_LABELS: Readonly<Record<LayerSpec['kind'], string>> = {
  conv: 'Convolution (standard, grouped, depthwise, pointwise)',
  dense: 'Dense (fully connected)',
  bn: 'Batch norm',
  act: 'Activation',
  pool: 'Pooling (max, average)',
  'global-pool': 'Global pooling',
  se: 'Squeeze-and-excitation',
  mbconv: 'MBConv block',
  residual: 'Residual block',
  normalize: 'Input normalization (Keras)',
};

export interface AddLayerProps {
  /** The list to add to, and where. */
  readonly list: ListPath;
  readonly index: number;
  /** Channels at that point, so the new layer's defaults fit. */
  readonly channels: number;
  readonly label?: string;
}

// Adds a layer of a chosen kind at a place in a list and opens it for editing.
export function AddLayer({ list, index, channels, label = 'Add layer' }: AddLayerProps) {
  const id = useId();
  const [kind, setKind] = useState<LayerSpec['kind']>('conv');
  const add = () => {
    const taken = layerNames(currentNetwork()?.layers ?? []);
    const store = useLabStore.getState();
    store.editLayers((layers) => insertLayer(layers, list, index, newLayer(kind, channels, taken)));
    // The new row opens for editing.
    store.select([...list, index]);
  };
  return (
    <span className="lab-add">
      <label htmlFor={id} className="sr-only">
        Kind of layer to add ({label})
      </label>
      <select id={id} value={kind} onChange={(e) => setKind(e.target.value as LayerSpec['kind'])}>
        {LAYER_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <button type="button" onClick={add}>
        {label}
      </button>
    </span>
  );
}
