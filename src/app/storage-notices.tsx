import { useEffect, useState } from 'react';
import { onStorageNotice, takeStorageNotices } from '../store/safe-storage';
import { Notice } from '../ui/notice';

// Shows, once, what saved data had to be reset because it was corrupt or out of date.
export function StorageNotices() {
  const [messages, setMessages] = useState<string[]>(() => takeStorageNotices());
  useEffect(
    () => onStorageNotice(() => setMessages((old) => [...old, ...takeStorageNotices()])),
    [],
  );
  if (messages.length === 0) return null;
  return (
    <div className="global-notices">
      <Notice onDismiss={() => setMessages([])}>
        {messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </Notice>
    </div>
  );
}
