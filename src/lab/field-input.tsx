import { useId, useState } from 'react';
import type { LayerSpec } from '../engine/index';
import { fieldText, isRequired, readField, type FieldSpec } from './layer-fields';

export interface FieldInputProps {
  readonly layer: LayerSpec;
  readonly field: FieldSpec;
  /** Commits a value read from the field (undefined clears an optional field). */
  readonly onCommit: (key: string, value: unknown) => void;
  /** Takes the focus when the row opens. */
  readonly autoFocus?: boolean;
}

// One setting of a layer in the editor: a short text field, a choice or a switch, checked as it is typed.
export function FieldInput({ layer, field, onCommit, autoFocus = false }: FieldInputProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const label = `${field.label}: ${field.meaning} (${layer.name})`;
  const shown = fieldText(layer, field.key);

  if (field.type === 'bool') {
    const checked = shown === 'true' || (shown === '' && layer.kind === 'dense');
    return (
      <label className="lab-cell-field lab-cell-bool">
        <input
          type="checkbox"
          checked={checked}
          aria-label={label}
          autoFocus={autoFocus}
          onChange={(e) => onCommit(field.key, e.target.checked)}
        />
        <span aria-hidden="true">{field.label}</span>
      </label>
    );
  }
  if (field.type === 'choice') {
    return (
      <label className="lab-cell-field">
        <span aria-hidden="true">{field.label}</span>
        <select
          value={shown}
          aria-label={label}
          autoFocus={autoFocus}
          onChange={(e) => onCommit(field.key, e.target.value)}
        >
          {shown === '' ? <option value="">default</option> : null}
          {field.options?.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
    );
  }
  const accept = (text: string) => {
    setDraft(text);
    const read = readField(field, text, isRequired(layer.kind, field.key));
    if (read.ok) {
      setError(null);
      onCommit(field.key, read.value);
    } else {
      setError(read.message);
    }
  };
  const errorId = `${id}-error`;
  return (
    <label className="lab-cell-field" data-invalid={error ? 'true' : undefined}>
      <span aria-hidden="true">{field.label}</span>
      <input
        type="text"
        inputMode={field.type === 'int' || field.type === 'real' ? 'decimal' : 'text'}
        className="lab-cell-input"
        data-type={field.type}
        autoFocus={autoFocus}
        value={draft ?? shown}
        placeholder={field.placeholder}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => accept(e.target.value)}
        onBlur={() => {
          if (error === null) setDraft(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error ? (
        <span id={errorId} className="lab-field-error" role="alert">
          {error}
        </span>
      ) : null}
    </label>
  );
}
