import { useTranslation } from '../../i18n/use-translation';
import { formatMB } from '../../polish/download-progress';

export interface NamedModel {
  modelId: string;
  name: string;
}

/** 已下载的模型: the models in the cache (`cached`: bytes by model id) with the space they take, each deletable. */
export function CachedModels({
  models,
  cached,
  onDelete,
}: {
  models: NamedModel[];
  cached: Record<string, number>;
  onDelete: (modelId: string) => void;
}) {
  const { t } = useTranslation();
  const present = models.filter((model) => model.modelId in cached);
  if (!present.length) return <p className="note">{t('noCachedModels')}</p>;
  return (
    <ul className="cached-models" aria-label={t('cachedModels')}>
      {present.map(({ modelId, name }) => (
        <li key={modelId}>
          <span>
            {name} · {formatMB(cached[modelId])}
          </span>
          <button
            type="button"
            className="danger-link"
            aria-label={`${t('deleteModel')}：${name}`}
            onClick={() => onDelete(modelId)}
          >
            {t('deleteModel')}
          </button>
        </li>
      ))}
    </ul>
  );
}
