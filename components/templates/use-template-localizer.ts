import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { localizeBuiltinTemplate } from '../../templates/builtin';
import { loadScriptConverter, type ConvertText } from '../../templates/output';
import type { TemplateDefinition } from '../../templates/template-definition';

/** The 繁體 converter, once loaded (the dictionary is large and loaded on first use). */
function useTraditionalConverter(wanted: boolean): ConvertText | null {
  const [convert, setConvert] = useState<ConvertText | null>(null);
  useEffect(() => {
    if (!wanted || convert) return;
    let live = true;
    // If the dictionary cannot load, the form stays in 简体: still usable, nothing lost.
    loadScriptConverter('tw').then(
      (loaded) => live && setConvert(() => loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, convert]);
  return convert;
}

/**
 * Shows a built-in template's form in the interface language (name, labels, help, description); a
 * user's own template stays as its author wrote it. For display only: rendering always uses the
 * definition itself, so the document and its placeholders do not depend on the interface language.
 */
export function useTemplateLocalizer(): (def: TemplateDefinition, builtin: boolean) => TemplateDefinition {
  const { locale } = useTranslation();
  const convert = useTraditionalConverter(locale === 'zh_TW');
  return useCallback(
    (def, builtin) => {
      if (!builtin || locale === 'zh_CN') return def;
      if (locale === 'zh_TW') return convert ? localizeBuiltinTemplate(def, 'zh_TW', convert) : def;
      return localizeBuiltinTemplate(def, 'en');
    },
    [locale, convert],
  );
}
