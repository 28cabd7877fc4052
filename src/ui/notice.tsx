import type { ReactNode } from 'react';

// A dismissible message about something the page corrected, such as a bad value in a link.
export function Notice({ children, onDismiss }: { children: ReactNode; onDismiss?: () => void }) {
  return (
    <div className="notice" role="status">
      <div className="notice-body">{children}</div>
      {onDismiss ? (
        <button type="button" className="notice-dismiss" onClick={onDismiss} aria-label="Dismiss">
          ×
        </button>
      ) : null}
    </div>
  );
}
