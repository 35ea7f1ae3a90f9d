import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { evaluateTemplate } from '../../../../templates/engine/evaluate-template';
import type { HelperFn, HelperOptions } from '../../../../templates/engine/helper-fn';
import { parseTemplate } from '../../../../templates/engine/parse-template';
import { TemplateRuntimeError } from '../../../../templates/engine/template-runtime-error';

/** Helpers written against Handlebars' API; both engines get the very same functions. */
const helpers: Record<string, HelperFn> = {
  upper: (s: unknown) => String(s).toUpperCase(),
  concat: (...args: unknown[]) => args.slice(0, -1).join(''),
  add: (a: number, b: number) => a + b,
  hashJson: (options: HelperOptions) => JSON.stringify(options.hash),
  argCount: (...args: unknown[]) => args.length - 1,
  typeOf: (v: unknown) => (v === null ? 'null' : typeof v),
  hasFn: (options: HelperOptions) => String(typeof options.fn),
  raw: (options: HelperOptions) => options.fn?.(undefined) ?? '',
  safe: (s: unknown) => new Handlebars.SafeString(`<b>${String(s)}</b>`),
  list(this: unknown, items: unknown[], options: HelperOptions) {
    if (!items.length) return options.inverse?.(this) ?? '';
    const sep = (options.hash.sep as string | undefined) ?? ',';
    return items
      .map((item, i) => options.fn?.(item, { data: { ...options.data, pos: i + 1 }, blockParams: [item, i] }))
      .join(sep);
  },
  twice(this: unknown, options: HelperOptions) {
    return `${options.fn?.(this)}|${options.fn?.(this)}`;
  },
  ctx(this: unknown) {
    return JSON.stringify(this);
  },
};

const partials: Record<string, string> = {
  item: '[{{name}}]',
  greet: 'Hello {{who}}{{#if punct}}{{punct}}{{/if}}',
  nested: '<{{> item}}>',
  lines: 'a\nb\n',
  deep: '{{#each kids}}{{name}}/{{@index}} {{/each}}',
};

const data = {
  title: 'Report <1> & "q"',
  name: 'Alice',
  n: 0,
  yes: true,
  no: false,
  empty: '',
  nothing: null,
  items: ['a', 'b', 'c'],
  none: [],
  people: [
    { name: 'Ann', age: 30, tags: ['x', 'y'] },
    { name: 'Bob', age: 41, tags: [] },
  ],
  obj: { one: 1, two: 2, three: 3 },
  nested: { inner: { value: 'deep' }, list: [{ v: 1 }, { v: 2 }] },
  key: 'one',
  'odd key': 'spaced',
  kids: [{ name: 'k1' }, { name: 'k2' }],
  lambda: () => 'from lambda',
};

const cases: [string, string][] = [
  ['plain content', 'just text, no mustaches'],
  ['escaped and raw', '{{title}}|{{{title}}}|{{& title}}'],
  ['comments', 'a{{! short }}b{{!-- long }} --}}c'],
  ['missing and falsy values', '[{{missing}}][{{n}}][{{no}}][{{empty}}][{{nothing}}][{{missing.deep.path}}]'],
  ['nested paths and slash paths', '{{nested.inner.value}} {{nested/inner/value}} {{nested.list.length}}'],
  ['this and scoped paths', '{{#with nested.inner}}{{this.value}} {{./value}}{{/with}}'],
  ['segment literals', '{{[odd key]}} {{obj.[two]}}'],
  ['arrays and objects stringify', '{{items}}|{{obj}}|{{none}}'],
  [
    'if / else',
    '{{#if yes}}Y{{else}}N{{/if}}{{#if no}}Y{{else}}N{{/if}}{{#if n}}Y{{else}}N{{/if}}{{#if none}}Y{{else}}N{{/if}}',
  ],
  ['if includeZero', '{{#if n includeZero=true}}zero counts{{/if}}'],
  [
    'chained else if',
    '{{#each people}}{{#if (eqAge age 30)}}thirty{{else if tags.length}}tagged{{else}}other{{/if}};{{/each}}',
  ],
  ['unless', '{{#unless no}}not no{{else}}no{{/unless}}{{#unless yes}}X{{/unless}}'],
  [
    'each array with data vars',
    '{{#each items}}{{@index}}:{{this}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}} {{/each}}',
  ],
  ['each object with @key', '{{#each obj}}{{@key}}={{this}}{{#unless @last}},{{/unless}}{{/each}}'],
  ['each else for empty', '{{#each none}}x{{else}}empty list{{/each}}'],
  [
    'each block params',
    '{{#each people as |person i|}}{{i}}.{{person.name}}({{#each person.tags as |t|}}{{t}}{{/each}}) {{/each}}',
  ],
  ['parent scopes', '{{#each people}}{{name}} of {{../title}}; {{/each}}'],
  ['parent scope skips non-context blocks', '{{#each people}}{{#if age}}{{../name}}{{/if}},{{/each}}'],
  ['two levels up', '{{#each people}}{{#each tags}}{{this}}:{{../name}}:{{../../name}} {{/each}}{{/each}}'],
  ['@root and parent data', '{{#each people}}{{#each tags}}{{@../index}}.{{@index}}@{{@root.name}} {{/each}}{{/each}}'],
  ['with and else', '{{#with nested}}{{inner.value}}{{/with}}{{#with missing}}X{{else}}no ctx{{/with}}'],
  ['with block param', '{{#with nested.inner as |i|}}{{i.value}}{{/with}}'],
  ['lookup helper', '{{lookup obj key}} {{lookup items 1}} {{#each people}}{{lookup ../obj "two"}}{{/each}}'],
  [
    'literals as arguments',
    '{{typeOf "s"}} {{typeOf 1}} {{typeOf true}} {{typeOf null}} {{typeOf undefined}} {{concat "a" 1 false}}',
  ],
  ['negative and decimal numbers', '{{add 1.5 -3}}'],
  ['hash arguments', '{{hashJson a=1 b="two" c=yes d=name}}'],
  ['subexpressions', '{{upper (concat name "-" (upper "x"))}} {{add (add 1 2) 3}}'],
  [
    'custom block helper with hash, data and block params',
    '{{#list people sep="; " as |p i|}}{{@pos}}/{{i}} {{p.name}} {{name}}{{/list}}',
  ],
  ['custom block helper inverse', '{{#list none}}x{{else}}nobody{{/list}}'],
  ['fn only set for blocks', '{{hasFn}} {{#hasFn}}{{/hasFn}}'],
  ['helper this is the context', '{{#with nested.inner}}{{ctx}}{{/with}}'],
  ['safe strings are not escaped', '{{safe "<i>"}}'],
  [
    'sections on values',
    '{{#name}}[{{this}}]{{/name}}{{#items}}{{this}}{{/items}}{{#nothing}}x{{else}}null{{/nothing}}{{#n}}zero:{{this}}{{/n}}{{#yes}}T{{/yes}}',
  ],
  ['inverse sections', '{{^none}}no items{{/none}}{{^items}}hidden{{/items}}{{^missing}}missing{{/missing}}'],
  ['lambdas in data', '{{lambda}} {{#each kids}}{{../lambda}}{{/each}}'],
  ['whitespace control', 'a  {{~name~}}  b\n  {{~#if yes~}}\n  c  \n{{~/if~}}  d'],
  ['standalone blocks drop their lines', 'start\n{{#each items}}\n- {{this}}\n{{/each}}\nend\n'],
  ['partials', '{{> item}} {{> item nested.inner}} {{> greet who="you" punct="!"}} {{> nested}}'],
  ['standalone partial indentation', 'x\n  {{> lines}}\ny'],
  ['partial sees @data and loops', '{{#each kids}}{{> item}}{{@index}}{{/each}} {{> deep}}'],
  ['dynamic partial name', '{{> (concat "it" "em")}}'],
  ['partial block fallback', '{{#> absent}}fallback {{name}}{{/absent}}'],
  ['raw block', '{{{{raw}}}}{{not parsed}}{{{{/raw}}}}'],
  ['literal path mustaches', '{{"odd key"}} {{[odd key]}}'],
  ['helpers shadow context', '{{upper}}{{#each kids}}{{argCount}}{{/each}}'],
];

const allHelpers: Record<string, HelperFn> = { ...helpers, eqAge: (a: unknown, b: unknown) => a === b };

function viaHandlebars(source: string): string {
  const hb = Handlebars.create();
  hb.registerHelper(allHelpers as Handlebars.HelperDeclareSpec);
  hb.registerPartial(partials);
  return hb.compile(source)(data);
}

function viaInterpreter(source: string): string {
  const parsed = parseTemplate(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return evaluateTemplate(parsed.program, data, { helpers: allHelpers, partials });
}

describe('evaluateTemplate matches Handlebars.compile', () => {
  it.each(cases)('%s', (_label, source) => {
    const expected = viaHandlebars(source);
    expect(viaInterpreter(source)).toBe(expected);
  });

  it('is not trivially equal: the cases render distinct, non-empty output', () => {
    const outputs = cases.map(([, source]) => viaInterpreter(source));
    expect(outputs.every((o) => o.length > 0)).toBe(true);
    expect(new Set(outputs).size).toBe(outputs.length);
  });
});

describe('evaluateTemplate options', () => {
  it('uses the escape function it is given for {{x}} only', () => {
    const parsed = parseTemplate('{{title}}|{{{title}}}');
    if (!parsed.ok) throw new Error('parse');
    expect(evaluateTemplate(parsed.program, data, { escape: (s) => s })).toBe(`${data.title}|${data.title}`);
    expect(evaluateTemplate(parsed.program, data)).toBe('Report &lt;1&gt; &amp; &quot;q&quot;|Report <1> & "q"');
  });

  it('does not read through the prototype chain', () => {
    const parsed = parseTemplate('[{{constructor}}][{{name.length}}][{{items.map}}]');
    if (!parsed.ok) throw new Error('parse');
    expect(evaluateTemplate(parsed.program, data)).toBe('[][5][]');
  });
});

describe('evaluateTemplate errors', () => {
  function run(source: string, options = {}) {
    const parsed = parseTemplate(source);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return () => evaluateTemplate(parsed.program, data, options);
  }

  it('names an unknown helper called with arguments, with its position', () => {
    const thrown = catchError(run('line one\n  {{shout name}}'));
    expect(thrown).toBeInstanceOf(TemplateRuntimeError);
    expect(thrown.message).toContain('shout');
    expect(thrown.helper).toBe('shout');
    expect([thrown.line, thrown.column]).toEqual([2, 3]);
  });

  it('names an unknown block helper and an unknown helper in a subexpression', () => {
    expect(run('{{#repeat items}}x{{/repeat}}')).toThrow(/Unknown helper "repeat"/);
    expect(run('{{upper (shout name)}}')).toThrow(/Unknown helper "shout"/);
  });

  it('treats an unknown bare name as a missing value, not an error', () => {
    expect(run('[{{shout}}]')()).toBe('[]');
  });

  it('names a missing partial', () => {
    const thrown = catchError(run('{{> footer}}', { partials }));
    expect(thrown).toBeInstanceOf(TemplateRuntimeError);
    expect(thrown.partial).toBe('footer');
    expect(thrown.message).toContain('footer');
  });

  it('reports a broken partial by name', () => {
    expect(run('{{> bad}}', { partials: { bad: '{{#if x}}' } })).toThrow(/Partial "bad"/);
  });

  it('wraps a failing helper with its name', () => {
    const boom = () => {
      throw new Error('kaput');
    };
    expect(run('{{boom 1}}', { helpers: { boom } })).toThrow(/Helper "boom" failed: kaput/);
  });

  it('enforces the built-ins’ arity like Handlebars', () => {
    expect(run('{{#if}}x{{/if}}')).toThrow(/#if requires exactly one argument/);
    expect(run('{{#each}}x{{/each}}')).toThrow(/Must pass iterator/);
  });

  it('refuses decorators', () => {
    expect(run('{{* deco}}')).toThrow(/Decorators/);
  });
});

function catchError(fn: () => unknown): TemplateRuntimeError {
  try {
    fn();
  } catch (err) {
    return err as TemplateRuntimeError;
  }
  throw new Error('expected an error');
}
