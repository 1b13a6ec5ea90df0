import { useEffect, useRef } from 'react';

/**
 * Follows a log to its bottom as its content changes (a streamed answer, blocks revealed after a
 * burst, a highlighted code block), unless the user scrolled up to read something; a new `key`
 * (another conversation) starts following again. The scroll happens at most once per frame, in
 * the frame's own layout, instead of forcing a layout on every streamed update.
 */
export function useFollowScroll(key: unknown) {
  const logRef = useRef<HTMLDivElement>(null);
  const bottomRef = useRef<HTMLDivElement>(null);
  const follow = useRef(true);
  const onScroll = () => {
    const el = logRef.current;
    if (el) follow.current = el.scrollTop + el.clientHeight >= el.scrollHeight - 80;
  };
  useEffect(() => {
    follow.current = true;
    bottomRef.current?.scrollIntoView({ block: 'end' });
  }, [key]);
  useEffect(() => {
    const log = logRef.current;
    if (!log) return;
    let frame = 0;
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        if (follow.current) bottomRef.current?.scrollIntoView({ block: 'end' });
      });
    });
    observer.observe(log, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);
  return { logRef, bottomRef, onScroll };
}
