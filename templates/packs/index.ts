export { applyTemplatePack } from './apply-template-pack';
export { buildTemplatePack, templatePackFileName } from './build-template-pack';
export { parseTemplatePack } from './parse-template-pack';
export * from './template-pack';
export { uniqueName } from './unique-name';
