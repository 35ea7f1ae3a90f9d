import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { InsertTarget } from '../messaging/protocol';
import { callBackground } from '../messaging/protocol-client';

/**
 * The field 插入到网页 will write into, kept current: the background records the user's choice in session
 * storage, and the target tab changes when the user switches tab or window.
 */
export function useInsertTarget(): InsertTarget | null {
  const [target, setTarget] = useState<InsertTarget | null>(null);
  useEffect(() => {
    let alive = true;
    const refresh = () => {
      callBackground({ kind: 'describeTarget' }).then(
        (next) => alive && setTarget(next),
        () => alive && setTarget(null),
      );
    };
    refresh();
    const events = [browser.storage?.session?.onChanged, browser.tabs?.onActivated, browser.windows?.onFocusChanged];
    for (const event of events) event?.addListener(refresh);
    return () => {
      alive = false;
      for (const event of events) event?.removeListener(refresh);
    };
  }, []);
  return target;
}
