// Handlebars' parser module alone (its compiler and runtime never enter the bundle). Same `parse` as
// `Handlebars.parse`; `parser` is the jison parser whose lexer keeps the position of a failed parse.
declare module 'handlebars/dist/cjs/handlebars/compiler/base' {
  export function parse(input: string): unknown;
  export const parser: { lexer?: { yylloc?: { first_line: number; first_column: number } } };
}
