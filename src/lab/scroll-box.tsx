import type { ReactNode } from 'react';

// A region that scrolls within itself (wide tables on a phone); focusable, so keyboard users can scroll it.
export function ScrollBox({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={['lab-scroll', className ?? ''].join(' ').trim()}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
