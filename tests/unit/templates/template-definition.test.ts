import { describe, expect, it } from 'vitest';
import { documentKinds } from '../../../templates/template-definition';

describe('documentKinds', () => {
  it('lists the everyday texts, the formal 公文 the built-ins cover (报告, 意见, 函 too), plus 其他 last', () => {
    expect(documentKinds).toEqual(expect.arrayContaining(['工作总结', '通知', '请示', '报告', '意见', '函']));
    expect(documentKinds).toHaveLength(12);
    expect(documentKinds[documentKinds.length - 1]).toBe('其他');
  });
});
