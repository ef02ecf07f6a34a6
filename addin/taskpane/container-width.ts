import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Whether the element's own width is under `below` CSS px: the task pane is the container, so
 * its width (which zoom and the user's dragging change) decides, not the window's. A width of 0
 * (a hidden tab, or no layout at all as in jsdom) decides nothing: the last answer stays, and
 * the first is "wide".
 */
export function useNarrowContainer<E extends HTMLElement>(below: number) {
  const ref = useRef<E | null>(null);
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const decide = (width: number) => {
      if (width > 0) setNarrow(width < below);
    };
    // Measured before the first paint, so a narrow pane never flashes the wide layout.
    decide(el.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) decide(entry.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [below]);
  return { ref, narrow };
}
