import { useEffect, useMemo, useState } from 'react';
import { convertDocument, loadScriptConverter, type ConvertText, type OutputScript } from '../../templates/output';
import type { RenderedDocument } from '../../templates/template-definition';

/** The document in the chosen script; `pending` while the (lazily loaded) dictionary arrives. */
export function useConvertedDocument(doc: RenderedDocument, script: OutputScript) {
  const [loaded, setLoaded] = useState<{ script: OutputScript; convert: ConvertText } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    if (script === 'cn') return;
    let live = true;
    setFailed(null);
    loadScriptConverter(script).then(
      (convert) => live && setLoaded({ script, convert }),
      (error: unknown) => live && setFailed(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [script]);

  return useMemo(() => {
    if (script === 'cn') return { doc, pending: false, failed: null };
    if (loaded?.script !== script) return { doc, pending: true, failed };
    return { doc: convertDocument(doc, loaded.convert), pending: false, failed: null };
  }, [doc, script, loaded, failed]);
}
