import { memo, useId, useMemo, useState } from 'react';
import type { Network } from '../engine/index';
import { useHash } from '../store/location';
import type { Counting, LabAnalysis } from './counting';
import { copyText, downloadText, fileSlug } from './download';
import { toCsv, toLatex, toMarkdown } from './export-formats';
import { exportTable } from './lab-table';
import { serializeNetwork } from './network-json';

type Format = 'csv' | 'markdown' | 'latex' | 'json';

const FORMATS: readonly { id: Format; label: string; ext: string; mime: string }[] = [
  { id: 'csv', label: 'CSV', ext: 'csv', mime: 'text/csv' },
  { id: 'markdown', label: 'Markdown', ext: 'md', mime: 'text/markdown' },
  { id: 'latex', label: 'LaTeX', ext: 'tex', mime: 'application/x-tex' },
  { id: 'json', label: 'Network JSON', ext: 'json', mime: 'application/json' },
];

export interface ExportPanelProps {
  readonly network: Network;
  readonly lab: LabAnalysis;
  readonly counting: Counting;
  /** Whether the network fits in a link (null while that is being worked out). */
  readonly shareable: boolean | null;
}

// Exports: the table as CSV, Markdown or LaTeX, the network as JSON, and the link to this view.
export const ExportPanel = memo(function ExportPanel({
  network,
  lab,
  counting,
  shareable,
}: ExportPanelProps) {
  const id = useId();
  const [format, setFormat] = useState<Format>('csv');
  const [message, setMessage] = useState<string | null>(null);
  const text = useMemo(() => {
    if (format === 'json') return serializeNetwork(network);
    const table = exportTable(network.title, lab, counting);
    return format === 'csv'
      ? toCsv(table)
      : format === 'markdown'
        ? toMarkdown(table)
        : toLatex(table);
  }, [format, network, lab, counting]);
  const info = FORMATS.find((f) => f.id === format) ?? FORMATS[0];
  const hash = useHash();
  const link = `${window.location.origin}${window.location.pathname}${hash}`;
  const copy = async (what: string, value: string) => {
    setMessage(
      (await copyText(value))
        ? `${what} copied.`
        : `Your browser did not allow copying: select the ${what.toLowerCase()} and copy it yourself.`,
    );
  };
  return (
    <div className="lab-export">
      <fieldset className="lab-fieldset">
        <legend>Format</legend>
        <div className="param-options">
          {FORMATS.map((f) => (
            <label key={f.id} className="param-option">
              <input
                type="radio"
                name={`${id}-format`}
                checked={format === f.id}
                onChange={() => setFormat(f.id)}
              />
              <span>{f.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="lab-actions">
        <button
          type="button"
          className="primary"
          onClick={() =>
            info && downloadText(`${fileSlug(network.title)}.${info.ext}`, text, info.mime)
          }
        >
          Download {info?.label}
        </button>
        <button type="button" onClick={() => void copy(info?.label ?? 'Text', text)}>
          Copy {info?.label}
        </button>
      </div>
      <label className="sr-only" htmlFor={`${id}-preview`}>
        {info?.label} preview
      </label>
      <textarea
        id={`${id}-preview`}
        className="lab-preview"
        readOnly
        value={text}
        rows={12}
        spellCheck={false}
      />
      <h3>Share this view</h3>
      {shareable === false ? (
        <p className="lab-hint">
          This network is too large to fit in a link. Share it as a JSON file instead; the link
          below keeps only the counting choices.
        </p>
      ) : (
        <p className="lab-hint">
          The link holds the network and the counting choices; opening it shows this view.
        </p>
      )}
      <div className="lab-share-row">
        <label className="sr-only" htmlFor={`${id}-link`}>
          Link to this view
        </label>
        <input
          id={`${id}-link`}
          type="text"
          readOnly
          value={shareable === null ? 'Preparing the link…' : link}
        />
        <button type="button" disabled={shareable === null} onClick={() => void copy('Link', link)}>
          Copy link
        </button>
      </div>
      <p className="lab-status" role="status">
        {message}
      </p>
    </div>
  );
});
