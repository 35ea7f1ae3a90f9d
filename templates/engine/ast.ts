/**
 * The subset of the Handlebars AST the interpreter walks. Declared here rather than taken from
 * `hbs.AST` because the bundled typings omit fields the parser really sets (block params may be
 * absent, hash is undefined when a call has none, programs may be missing on blocks).
 */
export interface Position {
  line: number;
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

export interface Program {
  type: 'Program';
  body: Statement[];
  blockParams?: string[];
  loc?: SourceLocation;
}

export interface PathExpression {
  type: 'PathExpression';
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
  loc?: SourceLocation;
}

export interface StringLiteral {
  type: 'StringLiteral';
  value: string;
  original: string;
  loc?: SourceLocation;
}

export interface NumberLiteral {
  type: 'NumberLiteral';
  value: number;
  original: number;
  loc?: SourceLocation;
}

export interface BooleanLiteral {
  type: 'BooleanLiteral';
  value: boolean;
  original: boolean;
  loc?: SourceLocation;
}

export interface UndefinedLiteral {
  type: 'UndefinedLiteral';
  loc?: SourceLocation;
}

export interface NullLiteral {
  type: 'NullLiteral';
  loc?: SourceLocation;
}

export type Literal = StringLiteral | NumberLiteral | BooleanLiteral | UndefinedLiteral | NullLiteral;

export interface HashPair {
  type: 'HashPair';
  key: string;
  value: Expression;
}

export interface Hash {
  type: 'Hash';
  pairs: HashPair[];
}

/** What mustaches, blocks and subexpressions share: a callee, positional params and a hash. */
export interface CallNode {
  path: PathExpression | Literal;
  params: Expression[];
  hash?: Hash;
  loc?: SourceLocation;
}

export interface SubExpression extends CallNode {
  type: 'SubExpression';
}

export type Expression = PathExpression | Literal | SubExpression;

export interface ContentStatement {
  type: 'ContentStatement';
  value: string;
  loc?: SourceLocation;
}

export interface CommentStatement {
  type: 'CommentStatement';
  value: string;
  loc?: SourceLocation;
}

export interface MustacheStatement extends CallNode {
  type: 'MustacheStatement' | 'Decorator';
  escaped: boolean;
}

export interface BlockStatement extends CallNode {
  type: 'BlockStatement' | 'DecoratorBlock';
  path: PathExpression;
  program?: Program;
  inverse?: Program;
}

export interface PartialStatement {
  type: 'PartialStatement' | 'PartialBlockStatement';
  name: PathExpression | SubExpression | Literal;
  params: Expression[];
  hash?: Hash;
  indent?: string;
  program?: Program;
  loc?: SourceLocation;
}

export type Statement = ContentStatement | CommentStatement | MustacheStatement | BlockStatement | PartialStatement;
