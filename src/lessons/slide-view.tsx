import { Suspense } from 'react';
import type { ParamValue, ParamValues } from '../store/param-schema';
import { ErrorBoundary } from '../ui/error-boundary';
import { ParamControl } from '../ui/param-control';
import type { SlideEntry } from './deck';
import { FillProvider, type FillState } from './fill';

export interface SlideViewProps {
  readonly entry: SlideEntry;
  readonly values: ParamValues;
  readonly onChange: (key: string, value: ParamValue) => void;
  readonly fills: FillState;
  /** The presenter's preview and the overview grid show slides without their controls. */
  readonly controls?: boolean;
}

// A quiz question on the slide's topic, with the slide's current numbers.
function quizLink(topic: string, values: ParamValues): string {
  const query = new URLSearchParams({ topic });
  for (const [key, value] of Object.entries(values)) query.set(key, String(value));
  return `#/quiz?${query.toString()}`;
}

// One slide: its controls beside its live panel, the panel contained by an error boundary.
export function SlideView({ entry, values, onChange, fills, controls = true }: SlideViewProps) {
  const { meta, Panel } = entry;
  const hasControls = controls && meta.params.length > 0;
  return (
    <div className={hasControls ? 'slide-body has-controls' : 'slide-body'}>
      {hasControls ? (
        <form
          className="slide-controls"
          aria-label={`Parameters of “${meta.title}”`}
          onSubmit={(event) => event.preventDefault()}
        >
          {meta.params.map((spec) => (
            <ParamControl
              key={spec.key}
              spec={spec}
              value={values[spec.key] ?? spec.default}
              onChange={(value) => onChange(spec.key, value)}
            />
          ))}
        </form>
      ) : null}
      <div className="slide-panel">
        <ErrorBoundary what="this slide's panel" resetKey={meta.id}>
          <Suspense fallback={<p className="loading">Loading the slide…</p>}>
            <FillProvider value={fills}>
              <Panel values={values} set={onChange} />
            </FillProvider>
          </Suspense>
        </ErrorBoundary>
        {controls && meta.quizTopic ? (
          <p className="check-yourself">
            <a href={quizLink(meta.quizTopic, values)}>Check yourself: a question on this slide</a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
