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

// The corrections made to a link (one line each), or nothing when there were none.
export function NoticeList({
  notices,
  onDismiss,
}: {
  notices: readonly string[];
  onDismiss: () => void;
}) {
  if (notices.length === 0) return null;
  return (
    <Notice onDismiss={onDismiss}>
      {notices.map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
    </Notice>
  );
}
