import { useTranslation } from '../../i18n/use-translation';
import { formatMB } from '../../polish/download-progress';
import { modelCatalogue, type ModelBuild } from '../../polish/model-catalogue';

/** Downloaded models with the space they take, each deletable. */
export function CachedModels({
  builds,
  cached,
  onDelete,
}: {
  builds: ModelBuild[];
  cached: Record<string, number>;
  onDelete: (modelId: string) => void;
}) {
  const { t } = useTranslation();
  const present = builds.filter((build) => build.modelId in cached);
  if (!present.length) return <p className="note">{t('noCachedModels')}</p>;
  const nameOf = (build: ModelBuild) =>
    modelCatalogue.find((model) => Object.values(model.builds).includes(build))?.name ?? build.modelId;
  return (
    <ul className="cached-models" aria-label={t('cachedModels')}>
      {present.map((build) => (
        <li key={build.modelId}>
          <span>
            {nameOf(build)} · {formatMB(cached[build.modelId])}
          </span>
          <button
            type="button"
            className="danger-link"
            aria-label={`${t('deleteModel')}：${nameOf(build)}`}
            onClick={() => onDelete(build.modelId)}
          >
            {t('deleteModel')}
          </button>
        </li>
      ))}
    </ul>
  );
}
