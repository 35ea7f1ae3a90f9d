import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { describe, expect, it } from 'vitest';
import { modelBaseUrl, sideFileKeys } from '../../../polish/cache-keys';
import { allBuilds } from '../../../polish/model-catalogue';
import { appConfigFor, normalizeBaseUrl, originPattern, recordFor } from '../../../polish/model-source';
import { normalizeError } from '../../../polish/normalize-error';
import { assertSourceAllowed } from '../../../polish/source-permission';

describe('model sources', () => {
  it('the default source reproduces WebLLM 0.2.86 prebuilt records (URLs, library, memory, window)', () => {
    for (const build of allBuilds()) {
      const prebuilt = prebuiltAppConfig.model_list.find((r) => r.model_id === build.modelId)!;
      const ours = recordFor(build, { kind: 'default' });
      expect(ours.model).toBe(prebuilt.model);
      expect(ours.model_lib).toBe(prebuilt.model_lib);
      expect(ours.vram_required_MB).toBeCloseTo(prebuilt.vram_required_MB!, -1);
      expect(ours.overrides).toEqual({ context_window_size: 4096 });
    }
  });

  it('a mirror serves weights under <id>/resolve/main/ and libraries under libs/', () => {
    const build = allBuilds()[0];
    const record = recordFor(build, { kind: 'mirror', baseUrl: 'http://10.0.0.5/models/' });
    expect(record.model).toBe(`http://10.0.0.5/models/${build.modelId}`);
    expect(record.model_lib).toBe(`http://10.0.0.5/models/libs/${build.lib}`);
    expect(modelBaseUrl(record)).toBe(`http://10.0.0.5/models/${build.modelId}/resolve/main/`);
    expect(sideFileKeys(record).map((k) => k.cache)).toEqual(['webllm/config', 'webllm/model', 'webllm/wasm']);
    expect(appConfigFor({ kind: 'mirror', baseUrl: 'http://10.0.0.5/models' }).model_list).toHaveLength(
      allBuilds().length,
    );
  });

  it('asks for one host only and refuses other schemes', () => {
    expect(originPattern('https://mirror.example.cn:8443/llm/')).toBe('https://mirror.example.cn:8443/*');
    expect(() => normalizeBaseUrl('file:///C:/models')).toThrow();
    expect(() => normalizeBaseUrl('not a url')).toThrow();
  });

  it('keeps an explicit /resolve/<branch>/ as WebLLM does', () => {
    expect(modelBaseUrl({ model: 'https://h/x/resolve/v1/' })).toBe('https://h/x/resolve/v1/');
    expect(modelBaseUrl({ model: 'https://h/x' })).toBe('https://h/x/resolve/main/');
  });
});

describe('a mirror is used only while its host is granted', () => {
  const mirror = { kind: 'mirror', baseUrl: 'http://10.1.2.3:8080/models' } as const;
  it('asks again before every download and refuses a source whose grant is gone or that is not http(s)', async () => {
    const asked: string[][] = [];
    const contains =
      (granted: boolean) =>
      async ({ origins }: { origins: string[] }) => {
        asked.push(origins);
        return granted;
      };
    await expect(assertSourceAllowed(mirror, contains(true))).resolves.toBeUndefined();
    expect(asked).toEqual([['http://10.1.2.3:8080/*']]);
    const refused = await assertSourceAllowed(mirror, contains(false)).catch((error: unknown) => error);
    expect(normalizeError(refused).code).toBe('permission');
    const hostile = await assertSourceAllowed({ kind: 'mirror', baseUrl: 'javascript:alert(1)' }, contains(true)).catch(
      (error: unknown) => error,
    );
    expect(normalizeError(hostile).code).toBe('permission');
    await expect(assertSourceAllowed({ kind: 'default' }, contains(false))).resolves.toBeUndefined();
  });
});
