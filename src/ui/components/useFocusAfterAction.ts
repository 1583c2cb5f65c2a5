// After an action, focus and scroll go to what it produced (useAssessment says what, and bumps a
// tick each time), so keyboard and screen-reader users land on it.
import { useEffect, useRef } from 'react';
import type { FocusTarget } from '../useAssessment';

export function useFocusAfterAction(focusTick: number, focus: FocusTarget) {
  const refs = {
    results: useRef<HTMLHeadingElement>(null),
    errors: useRef<HTMLDivElement>(null),
    notice: useRef<HTMLDivElement>(null),
    generated: useRef<HTMLHeadingElement>(null),
  };
  useEffect(() => {
    if (focusTick === 0) return;
    const el = refs[focus ?? 'notice'].current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView?.({ block: 'start' });
    // A status that arrived with the same result grows the page's bar a frame later (its height is
    // measured by a ResizeObserver), which would leave the target under the sticky controls:
    // scroll once more when the bar and the padding have settled. A no-op when nothing moved.
    if (typeof requestAnimationFrame !== 'function') return;
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => el.scrollIntoView?.({ block: 'start' }))));
    return () => cancelAnimationFrame(frame);
    // Only a new action moves focus: the refs object is new each render, its refs are not.
  }, [focusTick, focus]);
  return refs;
}
