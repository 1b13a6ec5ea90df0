import { useEffect, useRef } from 'react';

/**
 * Follows a log to its bottom as content arrives, unless the user scrolled up to read something;
 * a new `key` (another conversation) starts following again.
 */
export function useFollowScroll(key: unknown, content: unknown) {
  const logRef = useRef<HTMLDivElement>(null);
  const bottomRef = useRef<HTMLDivElement>(null);
  const follow = useRef(true);
  const onScroll = () => {
    const el = logRef.current;
    if (el) follow.current = el.scrollTop + el.clientHeight >= el.scrollHeight - 80;
  };
  useEffect(() => {
    follow.current = true;
  }, [key]);
  useEffect(() => {
    if (follow.current) bottomRef.current?.scrollIntoView({ block: 'end' });
  }, [content]);
  return { logRef, bottomRef, onScroll };
}
