import { memo, Suspense, useMemo } from 'react';
import type { ParamValue, ParamValues } from '../store/param-schema';
import { ErrorBoundary } from '../ui/error-boundary';
import { ParamControl } from '../ui/param-control';
import { useValueAfterPaint } from '../ui/use-after-paint';
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

/**
 * One slide: its controls beside its live panel, the panel contained by an error boundary.
 * A control answers in the frame it is moved in; the panel follows right after that frame is
 * painted (useValueAfterPaint, an interruptible transition), and a panel still computing is
 * dropped for a newer value, so dragging a slider over a heavy slide stays smooth.
 */
export function SlideView({ entry, values, onChange, fills, controls = true }: SlideViewProps) {
  const { meta } = entry;
  const hasControls = controls && meta.params.length > 0;
  const shown = useValueAfterPaint(values, meta.id);
  return (
    <div className={hasControls ? 'slide-body has-controls' : 'slide-body'}>
      {hasControls ? <SlideControls entry={entry} values={values} onChange={onChange} /> : null}
      <SlidePanel
        entry={entry}
        values={shown}
        onChange={onChange}
        fills={fills}
        quiz={controls}
        busy={shown !== values}
      />
    </div>
  );
}

const ignore = () => undefined;

const SlideControls = memo(function SlideControls({
  entry,
  values,
  onChange,
}: Pick<SlideViewProps, 'entry' | 'values' | 'onChange'>) {
  const { meta } = entry;
  // One unchanging handler per control, so only the control that moved renders again.
  const handlers = useMemo(
    () =>
      new Map(
        meta.params.map((spec) => [spec.key, (value: ParamValue) => onChange(spec.key, value)]),
      ),
    [meta, onChange],
  );
  return (
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
          onChange={handlers.get(spec.key) ?? ignore}
        />
      ))}
    </form>
  );
});

const SlidePanel = memo(function SlidePanel({
  entry,
  values,
  onChange,
  fills,
  quiz,
  busy,
}: Omit<SlideViewProps, 'controls'> & { readonly quiz: boolean; readonly busy: boolean }) {
  const { meta, Panel } = entry;
  return (
    // aria-busy: the panel is about to show newer numbers (a frame from now).
    <div className="slide-panel" aria-busy={busy || undefined}>
      <ErrorBoundary what="this slide's panel" resetKey={meta.id}>
        <Suspense fallback={<p className="loading">Loading the slide…</p>}>
          <FillProvider value={fills}>
            <Panel values={values} set={onChange} />
          </FillProvider>
        </Suspense>
      </ErrorBoundary>
      {quiz && meta.quizTopic ? (
        <p className="check-yourself">
          <a href={quizLink(meta.quizTopic, values)}>Check yourself: a question on this slide</a>
        </p>
      ) : null}
    </div>
  );
});
