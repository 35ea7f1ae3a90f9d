import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { LiveCount } from './live-count';

/**
 * 字数 of the body as typed. Written into the DOM by its subscription, not rendered: even a render of
 * this span alone cost React a synchronous commit per keystroke (0.5–1 ms in a profile).
 */
export function WordCount({ count }: { count: LiveCount }) {
  const { t } = useTranslation();
  const span = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const write = () => {
      if (span.current) span.current.textContent = t('wordCount', count.get());
    };
    write();
    return count.subscribe(write);
  }, [count, t]);
  // No children: React never owns (or rewrites) the text written above.
  return <span ref={span} />;
}
