import type { AppConfig, ModelRecord } from '@mlc-ai/web-llm';
import { allBuilds, type ModelBuild } from './model-catalogue';

/** Where model files come from: WebLLM's default hosts, or one base URL holding weights and libraries. */
export type ModelSource = { kind: 'default' } | { kind: 'mirror'; baseUrl: string };

// The same values as WebLLM's modelLibURLPrefix + modelVersion; copied so the panel never imports WebLLM.
export const defaultLibPrefix =
  'https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_86/base/';
export const defaultModelPrefix = 'https://huggingface.co/mlc-ai/';

/** A mirror URL without trailing slashes; throws on anything that is not http(s). */
export function normalizeBaseUrl(input: string): string {
  const url = new URL(input.trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`unsupported protocol ${url.protocol}`);
  return url.href.replace(/\/+$/, '');
}

/**
 * The ModelRecord WebLLM loads. A mirror keeps Hugging Face's layout (BASE/<id>/resolve/main/<file>)
 * and serves the libraries too (BASE/libs/<file>.wasm): raw.githubusercontent.com is often unreachable.
 */
export function recordFor(build: ModelBuild, source: ModelSource): ModelRecord {
  const base = source.kind === 'mirror' ? normalizeBaseUrl(source.baseUrl) : null;
  return {
    model: base ? `${base}/${build.modelId}` : `${defaultModelPrefix}${build.modelId}`,
    model_id: build.modelId,
    model_lib: base ? `${base}/libs/${build.lib}` : `${defaultLibPrefix}${build.lib}`,
    vram_required_MB: build.vramMB,
    low_resource_required: build.vramMB < 4000,
    ...(build.modelId.includes('q4f16') ? { required_features: ['shader-f16'] } : {}),
    overrides: { context_window_size: 4096 },
  };
}

export function appConfigFor(source: ModelSource, builds: ModelBuild[] = allBuilds()): AppConfig {
  return { model_list: builds.map((build) => recordFor(build, source)), cacheBackend: 'cache' };
}

/** The origin pattern a mirror needs in host permissions (requested at run time, for that host only). */
export const originPattern = (baseUrl: string) => `${new URL(normalizeBaseUrl(baseUrl)).origin}/*`;
