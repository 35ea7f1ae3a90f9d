import { beforeEach, describe, expect, it } from 'vitest';
import { focusNextEmptyField } from '../../../../components/templates/focus-next-empty-field';

describe('focusNextEmptyField', () => {
  let form: HTMLElement;
  const field = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  beforeEach(() => {
    document.body.innerHTML = `<div id="form">
      <input name="unit" aria-required="true">
      <input name="note">
      <textarea name="summary" aria-required="true"></textarea>
      <select name="kind" aria-required="true"><option value=""></option><option>通知</option></select>
    </div>`;
    form = document.getElementById('form')!;
  });

  it('goes to the first empty required field, then the next one after the field last worked on', () => {
    expect(focusNextEmptyField(form, null)?.name).toBe('unit');
    expect(document.activeElement).toBe(field('unit'));
    expect(focusNextEmptyField(form, field('unit'))?.name).toBe('summary');
    expect(focusNextEmptyField(form, field('summary'))?.name).toBe('kind');
    // Wraps around to the first one still empty.
    expect(focusNextEmptyField(form, field('kind'))?.name).toBe('unit');
  });

  it('skips filled fields, falls back to optional ones, and says when none is left', () => {
    field('unit').value = '某某市政府办公室';
    (form.querySelector('textarea') as HTMLTextAreaElement).value = '全年工作';
    (form.querySelector('select') as HTMLSelectElement).value = '通知';
    expect(focusNextEmptyField(form, null)?.name).toBe('note');
    field('note').value = '无';
    expect(focusNextEmptyField(form, null)).toBeNull();
  });
});
