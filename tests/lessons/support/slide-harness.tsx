// Renders one slide as the deck does (SlideView: controls, panel, fills) with its own state,
// and the helpers the lesson tests share: find a fill, type into a control, read KaTeX source.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, useState, type ComponentType } from 'react';
import { expect } from 'vitest';
import type { SlideEntry } from '../../../src/lessons/deck';
import type { FillState } from '../../../src/lessons/fill';
import type { SlideMeta, SlideProps } from '../../../src/lessons/slide-meta';
import { SlideView } from '../../../src/lessons/slide-view';
import { defaultValues, type ParamValues } from '../../../src/store/param-schema';

/** A deck entry for a slide module, loaded lazily as the deck loads it. */
export function slideEntry(
  meta: SlideMeta,
  number: number,
  load: () => Promise<{ default: ComponentType<SlideProps> }>,
): SlideEntry {
  return { meta, number, Panel: lazy(load) };
}

export interface RenderSlideOptions {
  /** How many fills show (practice mode); null shows all. */
  readonly shown?: number | null;
  readonly fills?: FillState;
  /** Values other than the lecture's defaults. */
  readonly values?: ParamValues;
  /** Renders without the controls (the presenter's preview). */
  readonly controls?: boolean;
}

function Harness({ entry, options }: { entry: SlideEntry; options: RenderSlideOptions }) {
  const [values, setValues] = useState<ParamValues>({
    ...defaultValues(entry.meta.params),
    ...options.values,
  });
  // Practice mode as the deck keeps it: `shown` fills, and Reveal shows more.
  const [shown, reveal] = useState<number | null>(options.shown ?? null);
  const fills = options.fills ?? { shown, reveal };
  return (
    <SlideView
      entry={entry}
      values={values}
      onChange={(key, value) => setValues((old) => ({ ...old, [key]: value }))}
      fills={fills}
      controls={options.controls ?? true}
    />
  );
}

export function renderSlide(entry: SlideEntry, options: RenderSlideOptions = {}) {
  return render(<Harness entry={entry} options={options} />);
}

/** The filled blank with this label, once the slide (and KaTeX) have loaded. */
export const fill = (label: string, timeout = 10_000) =>
  screen.findByRole('group', { name: `Filled blank: ${label}` }, { timeout });

/** Waits until the slide's panel shows the controls' current values (it trails by a frame). */
export async function settled(timeout = 10_000): Promise<void> {
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull(), {
    timeout,
  });
}

/** Types a value into a parameter's number field, then waits for the panel to follow. */
export async function setField(key: string, value: string, timeout = 10_000): Promise<void> {
  const field = screen.getByRole('textbox', { name: new RegExp(`^${key} \\(`) });
  await userEvent.clear(field);
  await userEvent.type(field, value);
  await settled(timeout);
}

/** The TeX sources (KaTeX's annotations) under an element, once KaTeX has rendered. */
export async function texOf(element: HTMLElement, timeout = 10_000): Promise<string> {
  await waitFor(() => expect(element.querySelector('annotation')).not.toBeNull(), { timeout });
  return [...element.querySelectorAll('annotation')].map((a) => a.textContent).join(' | ');
}
