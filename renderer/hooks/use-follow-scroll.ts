import { useEffect, useRef } from 'react';

// How long after a wheel turn, touch or key press a scroll still counts as the user's own.
const USER_SCROLL_MS = 1000;

/**
 * Follows a log to its bottom as its content changes (a streamed answer, blocks revealed after a
 * burst, a highlighted code block), unless the user scrolled up to read something or `jumpTo` (a
 * search match, a focused message) took the view elsewhere; a new `key` (another conversation)
 * starts following again. The scroll happens at most once per frame, in
 * the frame's own layout (after it, before paint), instead of forcing a layout on every streamed
 * update.
 *
 * Only the user stops the following: a scroll away from the bottom counts when it comes from the
 * wheel, a touch, a key or the scrollbar. Layout moves the view too (an answer that grew before
 * the scroll event arrived, the markdown replacing the plain text it first shows, blocks taking
 * their real height), and judged by position alone those would stop it mid-answer.
 */
export function useFollowScroll(key: unknown, jumpTo?: unknown) {
  const logRef = useRef<HTMLDivElement>(null);
  const bottomRef = useRef<HTMLDivElement>(null);
  const follow = useRef(true);
  const userInputAt = useRef(-Infinity);
  const pointerDown = useRef(false);
  const onScroll = () => {
    const el = logRef.current;
    if (!el) return;
    if (el.scrollTop + el.clientHeight >= el.scrollHeight - 80) follow.current = true;
    else if (pointerDown.current || performance.now() - userInputAt.current < USER_SCROLL_MS) follow.current = false;
  };
  const shownKey = useRef<unknown>(undefined);
  useEffect(() => {
    const opened = shownKey.current !== key;
    shownKey.current = key;
    // A jump to a search match or a focused message (the message scrolls itself to the centre)
    // stops following: the messages around it then take their real heights, and following would
    // pull the view back to the bottom. Otherwise another conversation opens at its bottom: the
    // ResizeObserver below takes it there when its messages first report their sizes, in the
    // frame's own layout (scrolling here forced a layout of its own: ~2 ms of opening one).
    if (jumpTo !== undefined) follow.current = false;
    else if (opened) follow.current = true;
  }, [key, jumpTo]);
  useEffect(() => {
    const log = logRef.current;
    if (!log) return;
    // Follows sizes, not DOM changes: a ResizeObserver reports after the frame's layout and before
    // its paint, so the scroll costs no layout of its own and the view never shows a gap. It sees
    // what no DOM change marks: a message or block group off screen (content-visibility) taking its
    // real height after the scroll that brought it near, a highlighted block, the log itself
    // resized. Observed: the log and each message in it (kept current as messages come and go).
    const sizes = new ResizeObserver(() => {
      const bottom = bottomRef.current;
      // Only when the end marker is below the visible area (the log's bottom padding lies past it).
      if (follow.current && bottom && bottom.getBoundingClientRect().bottom - log.getBoundingClientRect().bottom > 1) bottom.scrollIntoView({ block: 'end' });
    });
    sizes.observe(log);
    for (const child of log.children) sizes.observe(child);
    const children = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) sizes.observe(node);
        for (const node of record.removedNodes) if (node instanceof Element) sizes.unobserve(node);
      }
    });
    children.observe(log, { childList: true });
    const input = () => void (userInputAt.current = performance.now());
    const press = () => void (pointerDown.current = true);
    const release = () => void (pointerDown.current = false);
    log.addEventListener('wheel', input, { passive: true });
    log.addEventListener('touchmove', input, { passive: true });
    log.addEventListener('keydown', input);
    log.addEventListener('pointerdown', press);
    window.addEventListener('pointerup', release);
    return () => {
      children.disconnect();
      sizes.disconnect();
      log.removeEventListener('wheel', input);
      log.removeEventListener('touchmove', input);
      log.removeEventListener('keydown', input);
      log.removeEventListener('pointerdown', press);
      window.removeEventListener('pointerup', release);
    };
  }, []);
  return { logRef, bottomRef, onScroll };
}
