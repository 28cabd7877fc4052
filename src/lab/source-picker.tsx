import { useId, useState } from 'react';
import { buildModel, findModel, MODELS, type ModelInfo, type ModelOption } from '../engine/index';
import type { ParamValue } from '../store/param-schema';
import { ParamControl } from '../ui/param-control';
import { emptyNetwork } from './editor-ops';
import { JsonImport } from './json-import';
import { useLabStore } from './lab-store';
import { modelSpecs, toParamValue, withOption } from './model-options';

const FAMILIES: readonly { id: ModelInfo['family']; label: string }[] = [
  { id: 'mobilenet', label: 'MobileNet' },
  { id: 'efficientnet', label: 'EfficientNet' },
  { id: 'resnet', label: 'ResNet' },
  { id: 'vgg', label: 'VGG' },
];

const CUSTOM = '__custom__';

// Picks the network: a model the engine knows (with its options), an empty one, or pasted JSON.
export function SourcePicker() {
  const source = useLabStore((s) => s.source);
  const history = useLabStore((s) => s.history);
  const { setModel, setNetwork, undo, addNotice } = useLabStore.getState();
  const [importing, setImporting] = useState(false);
  const selectId = useId();
  const model = source.kind === 'model' ? findModel(source.model) : undefined;

  const choose = (id: string) => {
    if (id !== CUSTOM) setModel(id, {});
  };
  const setOption = (info: ModelInfo, key: ModelOption, value: ParamValue) => {
    if (source.kind !== 'model') return;
    const options = withOption(info, source.options, key, value);
    const built = buildModel(info.id, options);
    if (built.ok) setModel(info.id, options);
    else
      addNotice(
        `${info.title} cannot be built with ${key} = ${String(value)}: ${built.error.message}`,
      );
  };

  return (
    <section className="lab-card lab-source" aria-labelledby={`${selectId}-h`}>
      <h2 id={`${selectId}-h`}>Network</h2>
      <label className="lab-field" htmlFor={selectId}>
        <span>Start from</span>
        <select
          id={selectId}
          value={source.kind === 'model' ? source.model : CUSTOM}
          onChange={(e) => choose(e.target.value)}
        >
          {source.kind === 'custom' ? (
            <option value={CUSTOM}>{source.network.title} (your network)</option>
          ) : null}
          {FAMILIES.map((family) => (
            <optgroup key={family.id} label={family.label}>
              {MODELS.filter((m) => m.family === family.id).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {model && source.kind === 'model' ? (
        <div className="lab-options">
          {modelSpecs(model).map((spec) => (
            <ParamControl
              key={`${model.id}-${spec.key}`}
              spec={spec}
              value={toParamValue(model, spec.key as ModelOption, source.options)}
              onChange={(value) => setOption(model, spec.key as ModelOption, value)}
            />
          ))}
        </div>
      ) : (
        <p className="lab-hint">
          Your own network: edit its layers below, or pick a model to start again. Editing a model
          turns it into your own copy.
        </p>
      )}
      <div className="lab-actions">
        <button type="button" onClick={() => setNetwork(emptyNetwork())}>
          Empty network
        </button>
        <button type="button" aria-expanded={importing} onClick={() => setImporting(!importing)}>
          Paste JSON…
        </button>
        <button type="button" onClick={undo} disabled={history.length === 0}>
          Undo
        </button>
      </div>
      {importing ? <JsonImport onDone={() => setImporting(false)} /> : null}
    </section>
  );
}
