import { useId, useMemo } from 'react';
import {
  analyzeNetwork,
  efficientNet,
  formatCompact,
  mobilenetV1,
  vgg16,
  type Network,
  type Result,
} from '../../engine/index';
import { deck, type SlideEntry } from '../deck';
import type { SlideProps } from '../slide-meta';
import './01-title.css';

interface Part {
  readonly section: string;
  readonly first: SlideEntry;
  readonly last: SlideEntry;
  readonly titles: readonly string[];
}

// Runs of consecutive slides that share a section (the title slide itself left out).
function partsOfDeck(): readonly Part[] {
  const parts: { section: string; first: SlideEntry; last: SlideEntry; titles: string[] }[] = [];
  for (const entry of deck) {
    if (entry.meta.id === 'title') continue;
    const current = parts.at(-1);
    if (current && current.section === entry.meta.section) {
      current.last = entry;
      current.titles.push(entry.meta.title);
    } else {
      parts.push({
        section: entry.meta.section,
        first: entry,
        last: entry,
        titles: [entry.meta.title],
      });
    }
  }
  return parts;
}

const PARTS = partsOfDeck();

/** Mult-adds of a network for one 224 × 224 image, or null if it cannot be built. */
function macsOf(network: Result<Network>): number | null {
  if (!network.ok) return null;
  const analysis = analyzeNetwork(network.value);
  return analysis.ok ? analysis.value.totals.macs : null;
}

/** The teaser: three networks of the lecture, one image each. */
function useTeaser() {
  return useMemo(
    () => [
      { name: 'VGG-16', macs: macsOf(vgg16()) },
      { name: 'MobileNet', macs: macsOf(mobilenetV1()) },
      { name: 'EfficientNet-B0', macs: macsOf(efficientNet({ variant: 'b0' })) },
    ],
    [],
  );
}

// The opening screen: the course, the parts of the lecture, and the ways in.
export default function Panel(_props: SlideProps) {
  const next = deck[1];
  const teaser = useTeaser();
  const captionId = useId();
  const most = Math.max(...teaser.map((t) => t.macs ?? 0), 1);
  return (
    <div className="title-slide">
      <div className="title-course">
        <p className="title-course-name">Computer Vision · Week 6</p>
        <p className="title-course-place">
          Mobile Systems Engineering · Dankook University · 2025-2
        </p>
        <p className="title-lede">
          How many operations does a CNN need, and how do MobileNet and EfficientNet cut them? Every
          number in this deck is computed live — change a value and watch the cost follow.
        </p>
        <figure className="title-teaser" aria-labelledby={captionId}>
          <figcaption id={captionId}>Mult-adds for one 224 × 224 image, counted live</figcaption>
          {teaser.map((t) => (
            <div key={t.name} className="title-teaser-row">
              <span className="title-teaser-name">{t.name}</span>
              <span className="title-teaser-track" aria-hidden="true">
                <span
                  className="title-teaser-bar"
                  style={{ width: `${Math.max(1, (100 * (t.macs ?? 0)) / most)}%` }}
                />
              </span>
              <span className="title-teaser-value num">
                {t.macs === null ? '–' : formatCompact(t.macs, { unit: 'B', digits: 2 })}
              </span>
            </div>
          ))}
        </figure>
        <div className="title-actions">
          {next ? (
            <a className="title-start" href={`#/${next.meta.id}`}>
              Start the lecture <span aria-hidden="true">→</span>
            </a>
          ) : null}
          <a className="title-entry" href="#/quiz">
            <span className="title-entry-name">Quiz</span>
            <span className="sr-only">: check yourself</span>
          </a>
          <a className="title-entry" href="#/lab">
            <span className="title-entry-name">Model lab</span>
          </a>
        </div>
      </div>
      <nav className="title-outline" aria-label="Parts of the lecture">
        <h2 className="title-outline-heading">Outline</h2>
        <ol>
          {PARTS.map((part) => (
            <li key={part.first.meta.id}>
              <a href={`#/${part.first.meta.id}`}>
                <span className="title-part-name">{part.section}</span>
                <span className="title-part-range num">
                  {part.first.number === part.last.number
                    ? `slide ${part.first.number}`
                    : `slides ${part.first.number}–${part.last.number}`}
                </span>
              </a>
              <span className="title-part-topics">{summarize(part.titles)}</span>
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
}

// The first few slide titles of a part, shortened, for a one-line summary.
function summarize(titles: readonly string[]): string {
  const short = [...new Set(titles.map((t) => (t.split(':')[0] ?? t).trim()))];
  const shown = short.slice(0, 2).join(' · ');
  return short.length > 2 ? `${shown} · …` : shown;
}
