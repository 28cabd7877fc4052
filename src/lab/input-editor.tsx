import { useId, useState } from 'react';
import type { Network } from '../engine/index';
import { useLabStore } from './lab-store';

/** Reads "224,224" (or "224x224", "16,112,112") as spatial sizes; "" is a vector input. */
export function readSpatial(text: string): number[] | null {
  const parts = text.split(/[,x×\s]+/).filter((p) => p !== '');
  if (parts.length > 3) return null;
  const sizes = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN));
  return sizes.every((n) => Number.isSafeInteger(n) && n >= 1 && n <= 8192) ? sizes : null;
}

/** Reads a channel count from 1 to 100,000. */
function readChannels(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= 100_000 ? n : null;
}

interface DraftFieldProps {
  readonly label: string;
  readonly value: string;
  readonly hint: string;
  /** Returns an error message, or null when the text was taken. */
  readonly onText: (text: string) => string | null;
}

// A text field that keeps what is typed, commits each valid value and says what is wrong with an invalid one.
function DraftField({ label, value, hint, onText }: DraftFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <label className="lab-field" htmlFor={id} data-invalid={error ? 'true' : undefined}>
      <span>{label}</span>
      <input
        id={id}
        type="text"
        value={draft ?? value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(onText(e.target.value));
        }}
        onBlur={() => {
          if (error === null) setDraft(null);
        }}
      />
      <span
        id={`${id}-hint`}
        className={error ? 'lab-field-error' : 'lab-hint'}
        role={error ? 'alert' : undefined}
      >
        {error ?? hint}
      </span>
    </label>
  );
}

// The network's title and input: spatial sizes and channels (editing a model makes it your own copy).
export function InputEditor({ network }: { network: Network }) {
  const edit = useLabStore.getState;
  return (
    <div className="lab-input-editor">
      <DraftField
        label="Title"
        value={network.title}
        hint="Shown in exports."
        onText={(text) => {
          const title = text.trim();
          if (title === '' || title.length > 120) return 'A title needs 1 to 120 characters.';
          edit().editNetwork((n) => ({ ...n, title }));
          return null;
        }}
      />
      <DraftField
        label="Input size"
        value={network.input.spatial.join(',')}
        hint="H,W (or T,H,W for video)"
        onText={(text) => {
          const spatial = readSpatial(text);
          if (!spatial) return 'Up to 3 whole numbers from 1 to 8192, such as 224,224.';
          edit().editNetwork((n) => ({ ...n, input: { ...n.input, spatial } }));
          return null;
        }}
      />
      <DraftField
        label="Input channels"
        value={String(network.input.channels)}
        hint="3 for RGB"
        onText={(text) => {
          const channels = readChannels(text);
          if (channels === null) return 'A whole number from 1 to 100,000.';
          edit().editNetwork((n) => ({ ...n, input: { ...n.input, channels } }));
          return null;
        }}
      />
    </div>
  );
}
