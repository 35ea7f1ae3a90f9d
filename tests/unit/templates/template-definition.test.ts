import { describe, expect, it } from 'vitest';
import { documentKinds } from '../../../templates/template-definition';

describe('documentKinds', () => {
  it('lists the eight kinds the issues name, plus 其他', () => {
    expect(documentKinds).toContain('工作总结');
    expect(documentKinds).toHaveLength(9);
  });
});
