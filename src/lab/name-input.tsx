import { useId, useState } from 'react';

export interface NameInputProps {
  readonly name: string;
  /** The names in use (read when a new name is committed). */
  readonly taken: () => ReadonlySet<string>;
  readonly onRename: (name: string) => void;
}

// A layer's name: committed on Enter or when leaving the field; empty and duplicate names are refused.
export function NameInput({ name, taken, onRename }: NameInputProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const commit = () => {
    if (draft === null) return;
    const next = draft.trim();
    if (next === name) {
      setDraft(null);
      setError(null);
      return;
    }
    if (next === '' || next.length > 80) {
      setError('A name needs 1 to 80 characters.');
      return;
    }
    if (taken().has(next)) {
      setError(`"${next}" is taken: every layer needs its own name.`);
      return;
    }
    setDraft(null);
    setError(null);
    onRename(next);
  };
  return (
    <span className="lab-name" data-invalid={error ? 'true' : undefined}>
      <input
        type="text"
        className="lab-name-input"
        value={draft ?? name}
        aria-label={`Name of layer ${name}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error ? (
        <span id={`${id}-error`} className="lab-field-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
