import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { TAB_IDS, type TabId } from './lab-link';
import { useLabStore } from './lab-store';

const TAB_LABELS: Readonly<Record<TabId, string>> = {
  table: 'Layer table',
  charts: 'Charts',
  gap: 'Explain the gap',
  latency: 'FLOPs are not latency',
  export: 'Export and share',
};

// The results as tabs (WAI-ARIA tabs: arrow keys move, Home and End jump); only the open panel renders.
export function ResultsTabs({ render }: { render: (tab: TabId) => ReactNode }) {
  const id = useId();
  const tab = useLabStore((s) => s.tab);
  const setTab = useLabStore.getState().setTab;
  const refs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});
  const onKey = (event: KeyboardEvent) => {
    const i = TAB_IDS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? TAB_IDS[(i + 1) % TAB_IDS.length]
        : event.key === 'ArrowLeft'
          ? TAB_IDS[(i - 1 + TAB_IDS.length) % TAB_IDS.length]
          : event.key === 'Home'
            ? TAB_IDS[0]
            : event.key === 'End'
              ? TAB_IDS.at(-1)
              : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    refs.current[next]?.focus();
  };
  return (
    <section className="lab-card lab-results" aria-label="Results">
      <div role="tablist" aria-label="Results" className="lab-tabs" onKeyDown={onKey}>
        {TAB_IDS.map((t) => (
          <button
            key={t}
            ref={(el) => {
              refs.current[t] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-${t}`}
            aria-selected={tab === t}
            aria-controls={`${id}-panel`}
            tabIndex={tab === t ? 0 : -1}
            className="lab-tab"
            onClick={() => setTab(t)}
          >
            {TAB_LABELS[t]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-${tab}`}
        className="lab-tabpanel"
        tabIndex={0}
      >
        {render(tab)}
      </div>
    </section>
  );
}
