import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { evaluateTemplate } from '../../../../templates/engine/evaluate-template';
import type { HelperFn, HelperOptions } from '../../../../templates/engine/helper-fn';
import { parseTemplate } from '../../../../templates/engine/parse-template';

/** Helpers that show what a block receives: the same functions go to both engines. */
const helpers: Record<string, HelperFn> = {
  declared: (options: HelperOptions) => `${options.fn?.blockParams}/${options.inverse?.blockParams}`,
  atNull: (options: HelperOptions) => options.fn?.(null) ?? '',
  atUndefined: (options: HelperOptions) => options.fn?.(undefined) ?? '',
  self(this: unknown) {
    return this === null ? 'null' : JSON.stringify(this);
  },
  pairs(this: unknown, options: HelperOptions) {
    return ['a', 'b'].map((item, i) => options.fn?.(item, { blockParams: [item, i] })).join(',');
  },
};
const partials = { shown: '<{{> @partial-block}}>' };
const data = {
  people: [
    { name: 'Ann', tags: ['x', 'y'] },
    { name: 'Bob', tags: ['z'] },
  ],
  yes: true,
  nothing: null,
  word: 'w',
};

function viaHandlebars(source: string, context: unknown = data): string {
  const hb = Handlebars.create();
  hb.registerHelper(helpers as Handlebars.HelperDeclareSpec);
  hb.registerPartial(partials);
  return hb.compile(source)(context);
}

function viaInterpreter(source: string, context: unknown = data): string {
  const parsed = parseTemplate(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return evaluateTemplate(parsed.program, context, { helpers, partials });
}

const cases: [string, string][] = [
  [
    'partial block fallback sees the caller’s block params',
    '{{#each people as |p i|}}{{#> absent}}{{p.name}}#{{i}}{{/absent}};{{/each}}',
  ],
  [
    'partial block fallback in a helper’s block params',
    '{{#pairs as |item n|}}{{#> absent}}{{item}}{{n}}{{/absent}}{{/pairs}}',
  ],
  [
    'partial block fallback gets its own data frames',
    '{{#each people}}{{#each tags}}{{#> absent}}{{@index}}{{@../index}}{{@../../index}}{{/absent}} {{/each}}{{/each}}',
  ],
  [
    'options.fn.blockParams counts the declared params',
    '{{#declared as |a b|}}{{/declared}} {{#declared}}{{else}}{{/declared}} {{#declared as |a|}}{{else}}{{/declared}}',
  ],
  [
    'a section at a null context',
    '{{#atNull}}{{#@root.yes}}[{{self}}|{{../word}}]{{/@root.yes}}{{#@root.nothing}}{{else}}[{{../word}}]{{/@root.nothing}}{{/atNull}}',
  ],
  ['a section at an undefined context', '{{#atUndefined}}{{#../yes}}[{{self}}|{{../word}}]{{/../yes}}{{/atUndefined}}'],
  [
    'a partial renders the caller’s block',
    '{{#each people as |p|}}{{#> shown}}{{p.name}}{{@index}}{{/shown}}{{/each}}',
  ],
  ['nested partial blocks', '{{#> shown}}{{#> shown}}in{{/shown}}{{/shown}}'],
  ['a section over a list at a null context', '{{#atNull}}{{#people}}{{name}}{{/people}}{{/atNull}}'],
];

describe('evaluateTemplate matches Handlebars.compile on block params, partial blocks, @data and null contexts', () => {
  it.each(cases)('%s', (_label, source) => {
    expect(viaInterpreter(source)).toBe(viaHandlebars(source));
  });
});

describe('partial blocks refuse what Handlebars refuses', () => {
  it.each([
    ['a missing partial inside a partial block', '{{#> shown}}{{> absent}}{{/shown}}'],
    ['@partial-block outside a partial block', '{{> @partial-block}}'],
  ])('%s', (_label, source) => {
    expect(() => viaHandlebars(source)).toThrow(/could not be found/);
    expect(() => viaInterpreter(source)).toThrow(/not found/);
  });
});

/** Every pairing of two blocks around one body: block params, partial blocks, @data frames, null contexts. */
const blocks = [
  (x: string) => `{{#each people as |p i|}}${x};{{/each}}`,
  (x: string) => `{{#pairs as |p i|}}${x}{{/pairs}}`,
  (x: string) => `{{#with nothing}}${x}{{else}}(${x}){{/with}}`,
  (x: string) => `{{#atNull}}${x}{{/atNull}}`,
  (x: string) => `{{#atUndefined}}${x}{{/atUndefined}}`,
  (x: string) => `{{#> absent}}${x}{{/absent}}`,
  (x: string) => `{{#> shown}}${x}{{/shown}}`,
];
const bodies = [
  '{{@index}}{{@../index}}{{@first}}',
  '{{p.name}}{{p}}{{i}}',
  '{{../word}}{{@root.word}}',
  '[{{self}}]',
  '{{#@root.yes}}<{{../word}}{{i}}>{{/@root.yes}}',
  '{{#declared as |a|}}{{/declared}}',
];
const pairings = blocks.flatMap((outer, o) =>
  blocks.flatMap((inner, n) => bodies.map((body, b) => [`${o}.${n}.${b}`, outer(inner(body))] as const)),
);

describe('evaluateTemplate matches Handlebars.compile on every pairing of blocks', () => {
  it.each(pairings)('%s: %s', (_id, source) => {
    expect(viaInterpreter(source)).toBe(viaHandlebars(source));
  });
});
