/** Bounds on a user's field schema: generous for any real 公文, small enough to keep the form usable. */
export const schemaLimits = {
  maxFields: 60,
  maxSubFields: 20,
  maxNameLength: 40,
  maxLabelLength: 40,
  maxHelpLength: 500,
  maxExampleLength: 2_000,
  maxOptions: 50,
  maxOptionLength: 100,
} as const;

/** ASCII identifiers only: names are written in the Handlebars body as `{{unit}}`, `{{#each items}}`. */
export const fieldNamePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Names Handlebars gives a meaning of its own; a field with one of them could never be reached. */
export const reservedFieldNames = new Set(['this', 'else', 'true', 'false', 'null', 'undefined', 'root']);
