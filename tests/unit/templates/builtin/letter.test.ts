import { describe, expect, it } from 'vitest';
import { letter } from '../../../../templates/builtin/letter';
import { replyLetter } from '../../../../templates/builtin/reply-letter';
import { exampleValues } from '../../../../templates/example-values';
import { renderDocument } from '../../../../templates/render-document';
import type { FieldValues, TemplateDefinition } from '../../../../templates/template-definition';

const render = (def: TemplateDefinition, changes: FieldValues = {}) =>
  renderDocument(def, { ...exampleValues(def.fields), ...changes }).text;

describe('letter (商洽函)', () => {
  it('closes one matter with 特此函告。 and lists several after 现将有关事项函告如下： without a closing', () => {
    const one = render(letter, { matters: [{ matter: '恳请贵办协调安排座谈交流' }] });
    expect(one).toContain('考察学习。恳请贵办协调安排座谈交流。\n特此函告。\n');
    const several = render(letter);
    expect(several).toContain('考察学习。现将有关事项函告如下：\n一、恳请贵办');
    expect(several).not.toContain('特此函告');
  });
});

describe('reply-letter (复函)', () => {
  it('cites the incoming document as 你县《…》（…）收悉。 and closes a single answer with 特此函复。', () => {
    const one = render(replyLetter, { answers: [{ answer: '同意你县设立县级应急物资储备库' }] });
    expect(one.split('\n')[0]).toBe('某某市人民政府办公室关于同意设立某某县应急物资储备库的复函');
    expect(one).toContain(
      '\n你县《关于设立县级应急物资储备库的请示》（某政文〔2026〕15号）收悉。经研究，同意你县设立县级应急物资储备库。\n特此函复。\n',
    );
    const several = render(replyLetter, { incomingNumber: '' });
    expect(several).toContain('\n你县《关于设立县级应急物资储备库的请示》收悉。经研究，现函复如下：\n一、同意');
    expect(several).not.toContain('特此函复');
  });
});
