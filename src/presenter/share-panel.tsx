import { useState } from 'react';
import { formatHash } from '../store/hash-route';
import { QrCode } from './qr-code';

// "Share this calculation": the current slide and numbers as a link and a QR code.
export function SharePanel({
  slideId,
  query,
}: {
  slideId: string;
  query: Readonly<Record<string, string>>;
}) {
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}${window.location.pathname}${formatHash({ segments: [slideId], query })}`;
  const copy = () => {
    void navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <section className="share-panel" aria-label="Share this calculation">
      <h2>Share this calculation</h2>
      <QrCode text={url} label={`QR code of the link ${url}`} />
      <p className="share-url">
        <a href={url}>{url}</a>
      </p>
      <button type="button" onClick={copy}>
        {copied ? 'Copied' : 'Copy link'}
      </button>
    </section>
  );
}
