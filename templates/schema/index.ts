export { fieldNamePattern, reservedFieldNames, schemaLimits } from './schema-limits';
export { findTemplateProblems, type TemplateProblems } from './template-problems';
export { validateFieldSchema, type SchemaIssue, type SchemaIssueCode } from './validate-field-schema';
