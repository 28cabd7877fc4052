// The lab's store: inputs only; editing a model makes a copy of one's own; undo steps back.
import { beforeEach, describe, expect, test } from 'vitest';
import { setField } from '../../src/lab/editor-ops';
import { INITIAL_INPUTS, useLabStore } from '../../src/lab/lab-store';

beforeEach(() => useLabStore.setState({ ...INITIAL_INPUTS }));

describe('the lab store', () => {
  test('editing a model makes it one\u2019s own copy; undo brings the model back', () => {
    const store = useLabStore.getState();
    store.editLayers((layers) => setField(layers, [0], 'out', 64));
    const source = useLabStore.getState().source;
    expect(source.kind).toBe('custom');
    if (source.kind !== 'custom') return;
    expect(source.network.title).toBe('MobileNetV1 1.0-224 (edited)');
    expect(source.network.layers[0]).toMatchObject({ name: 'conv1', out: 64 });
    useLabStore.getState().undo();
    expect(useLabStore.getState().source).toEqual(INITIAL_INPUTS.source);
  });

  test('a slider\u2019s steps on one model are one undo step', () => {
    const store = useLabStore.getState();
    store.setModel('efficientnet-b0', {});
    for (const resolution of [232, 240, 248, 256])
      useLabStore.getState().setModel('efficientnet-b0', { resolution });
    expect(useLabStore.getState().history).toHaveLength(1);
    useLabStore.getState().undo();
    expect(useLabStore.getState().source).toEqual(INITIAL_INPUTS.source);
  });

  test('a link loads without an undo step', () => {
    useLabStore.getState().loadSource({ kind: 'model', model: 'resnet-18', options: {} });
    expect(useLabStore.getState().history).toEqual([]);
  });
});
