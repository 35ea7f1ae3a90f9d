import { useTranslation } from '../i18n/use-translation';
import { documentKinds, type DocumentKind } from '../templates/template-definition';
import { kindLabel } from './value-labels';

/** The 文种 list, shown in the UI language; the value stays the stored Chinese name. */
export function KindSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: DocumentKind;
  onChange: (kind: DocumentKind) => void;
}) {
  const { t } = useTranslation();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as DocumentKind)}>
      {documentKinds.map((kind) => (
        <option key={kind} value={kind}>
          {kindLabel(t, kind)}
        </option>
      ))}
    </select>
  );
}
