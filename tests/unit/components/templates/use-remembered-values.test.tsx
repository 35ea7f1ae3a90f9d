import { act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useRememberedValues } from '../../../../components/templates/use-remembered-values';
import { settingsRepository } from '../../../../storage/default-database';
import type { FieldValues } from '../../../../templates/template-definition';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Seen = { values: FieldValues; loaded: boolean };

/** Records what every render of the hook returned. */
function Probe({ seen, initial }: { seen: Seen[]; initial?: FieldValues }) {
  const [values, , loaded] = useRememberedValues('请示', initial);
  useEffect(() => {
    seen.push({ values, loaded });
  });
  return null;
}

async function renderProbe(initial?: FieldValues): Promise<Seen[]> {
  const seen: Seen[] = [];
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Probe seen={seen} initial={initial} />));
  await act(() => new Promise((done) => setTimeout(done, 50)));
  await act(async () => root.unmount());
  return seen;
}

describe('useRememberedValues', () => {
  beforeEach(() => settingsRepository.set('templateValues', { 请示: { unit: '某某县水利局' } }));
  afterEach(() => settingsRepository.set('templateValues', {}));

  it('is not loaded (so the form is not shown) until the remembered values are applied', async () => {
    const seen = await renderProbe();
    expect(seen[0]).toEqual({ values: {}, loaded: false });
    // Never loaded with the empty start: whatever the user can type into already holds the stored values.
    expect(seen.filter((s) => s.loaded).every((s) => s.values.unit === '某某县水利局')).toBe(true);
    expect(seen.at(-1)).toEqual({ values: { unit: '某某县水利局' }, loaded: true });
  });

  it('starts loaded from the values of a draft being re-filled, never from the remembered ones', async () => {
    const seen = await renderProbe({ unit: '某某市财政局' });
    expect(seen.every((s) => s.loaded && s.values.unit === '某某市财政局')).toBe(true);
  });
});
