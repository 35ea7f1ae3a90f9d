import type { Field, TemplateDefinition } from '../template-definition';
import { englishLabels, englishTemplateText } from './english-text';

/** The interface languages a built-in template's form can be shown in. */
export type TemplateUiLanguage = 'zh_CN' | 'zh_TW' | 'en';

/**
 * A built-in template as its form is shown in the interface language: 繁體 through the same converter
 * as the output, English from english-text. Field names, choice values and the body are untouched, so
 * the document (and its 【待填：…】 placeholders, which follow the output script) renders the same.
 */
export function localizeBuiltinTemplate(
  def: TemplateDefinition,
  language: TemplateUiLanguage,
  convert: (text: string) => string = (text) => text,
): TemplateDefinition {
  if (language === 'zh_CN') return def;
  if (language === 'zh_TW') {
    const field = <F extends Field>(f: F): F => ({
      ...f,
      label: convert(f.label),
      help: f.help && convert(f.help),
      ...(f.type === 'group' ? { fields: f.fields.map(field) } : {}),
    });
    return { ...def, name: convert(def.name), description: convert(def.description), fields: def.fields.map(field) };
  }
  const english = englishTemplateText[def.id];
  const field = <F extends Field>(f: F): F => ({
    ...f,
    label: englishLabels[f.label] ?? f.label,
    ...(f.type === 'group' ? { fields: f.fields.map(field) } : {}),
  });
  return {
    ...def,
    name: english?.name ?? def.name,
    description: english?.description ?? def.description,
    fields: def.fields.map(field),
  };
}
