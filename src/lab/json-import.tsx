import { useId, useState } from 'react';
import type { JsonIssue } from './json-fields';
import { useLabStore } from './lab-store';
import { parseNetworkText } from './network-json';

const EXAMPLE = `{
  "title": "Tiny CNN",
  "input": { "spatial": [32, 32], "channels": 3 },
  "layers": [
    { "kind": "conv", "name": "conv1", "out": 16, "kernel": 3 },
    { "kind": "bn" },
    { "kind": "act", "fn": "relu" },
    { "kind": "conv", "name": "dw", "out": 16, "kernel": 3, "stride": 2, "groups": "depthwise" },
    { "kind": "conv", "name": "pw", "out": 32, "kernel": 1 },
    { "kind": "global-pool", "op": "avg" },
    { "kind": "dense", "name": "fc", "out": 10 }
  ]
}`;

// Reads a pasted JSON description (docs/lab-json-schema.md); a bad one is reported with the path of the bad field.
export function JsonImport({ onDone }: { onDone: () => void }) {
  const id = useId();
  const [text, setText] = useState(EXAMPLE);
  const [problem, setProblem] = useState<JsonIssue | null>(null);

  const load = () => {
    const result = parseNetworkText(text);
    if (!result.ok) {
      setProblem(result.issue);
      return;
    }
    setProblem(null);
    useLabStore.getState().setNetwork(result.value);
    onDone();
  };

  return (
    <div className="lab-import">
      <label htmlFor={id}>
        JSON description (schema: docs/lab-json-schema.md in the repository)
      </label>
      <textarea
        id={id}
        value={text}
        spellCheck={false}
        rows={10}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {problem ? (
        <p id={`${id}-error`} className="param-error" role="alert">
          <code>{problem.path}</code>: {problem.message}
        </p>
      ) : null}
      <label className="lab-file">
        <span>Or open a .json file: </span>
        <input
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void file.text().then(setText);
          }}
        />
      </label>
      <div className="lab-actions">
        <button type="button" className="primary" onClick={load}>
          Load this network
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </div>
  );
}
