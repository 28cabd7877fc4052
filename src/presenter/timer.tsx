import { useEffect, useState } from 'react';

function format(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

// Elapsed time since the talk started, with pause and reset; ticks without re-rendering the slide.
export function Timer() {
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const elapsed = Math.max(0, Math.floor(((pausedAt ?? now) - startedAt) / 1000));
  const togglePause = () => {
    if (pausedAt === null) {
      setPausedAt(Date.now());
    } else {
      setStartedAt(startedAt + (Date.now() - pausedAt));
      setPausedAt(null);
    }
  };
  return (
    <div className="timer" role="timer" aria-label="Elapsed time">
      <span className="timer-value num">{format(elapsed)}</span>
      <button type="button" onClick={togglePause}>
        {pausedAt === null ? 'Pause' : 'Resume'}
      </button>
      <button
        type="button"
        onClick={() => {
          setStartedAt(Date.now());
          setNow(Date.now());
          if (pausedAt !== null) setPausedAt(Date.now());
        }}
      >
        Reset
      </button>
    </div>
  );
}
