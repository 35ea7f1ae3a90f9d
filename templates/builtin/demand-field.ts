import type { ScalarField } from '../template-definition';

/** How a 印发/转发通知 asks for the document to be carried out (the corpus: 国发〔2018〕41号, 国办发〔1997〕11号). */
export const demandField: ScalarField = {
  name: 'demand',
  label: '执行要求',
  type: 'choice',
  required: true,
  options: ['请认真贯彻执行。', '请结合实际认真贯彻执行。', '请认真组织实施。', '请遵照执行。', '请参照执行。'],
  help: '接在“印发给你们，”或“转发给你们，”之后。',
  example: '请认真贯彻执行。',
};
