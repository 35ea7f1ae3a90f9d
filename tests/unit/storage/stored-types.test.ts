import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type { Backup } from '../../../backup/backup-format';
import type { backupSchema } from '../../../backup/backup-schema';
import type { fieldSchema, fieldValuesSchema } from '../../../domain/field-schema';
import type { Field, FieldValues } from '../../../domain/field';
import type { Draft } from '../../../storage/draft';
import type { draftSchema } from '../../../storage/draft-schema';
import type { StoredRevision } from '../../../storage/revision';
import type { storedRevisionSchema } from '../../../storage/revision-schema';
import type { UserTemplate } from '../../../storage/user-template';
import type { userTemplateSchema } from '../../../storage/user-template-schema';
import type { PackedTemplate } from '../../../templates/packs';
import type { packedTemplateSchema } from '../../../templates/packs/template-pack-schema';

type Out<S extends v.GenericSchema> = v.InferOutput<S>;
/** StoredRevision is an intersection (Revision & { id: number }); flattened, its id reads as required. */
type Flat<T> = { [K in keyof T]: T[K] };

// Checked by `tsc --noEmit` (npm test's first step): a field added to a stored type but not to its
// schema — which a restore would then drop — fails to compile here, and so does the reverse.
describe('stored types are the types their schemas read', () => {
  it('Draft, StoredRevision, UserTemplate', () => {
    expectTypeOf<Out<typeof draftSchema>>().toEqualTypeOf<Draft>();
    expectTypeOf<Out<typeof storedRevisionSchema>>().toEqualTypeOf<Flat<StoredRevision>>();
    // A list of a union (Field[]) is compared by its items: expectTypeOf's deep brand mixes up the union's members.
    type Template = Out<typeof userTemplateSchema>;
    expectTypeOf<Omit<Template, 'fields'>>().toEqualTypeOf<Omit<UserTemplate, 'fields'>>();
    expectTypeOf<Template['fields'][number]>().toEqualTypeOf<Field>();
  });

  it('template fields and form values', () => {
    expectTypeOf<Out<typeof fieldSchema>>().toEqualTypeOf<Field>();
    expectTypeOf<Out<typeof fieldValuesSchema>>().toEqualTypeOf<FieldValues>();
  });

  it('a packed template and the backup file (its settings may be null until dropped)', () => {
    type Packed = Out<typeof packedTemplateSchema>;
    expectTypeOf<Omit<Packed, 'fields'>>().toEqualTypeOf<Omit<PackedTemplate, 'fields'>>();
    expectTypeOf<Packed['fields'][number]>().toEqualTypeOf<Field>();
    type Read = Out<typeof backupSchema>;
    expectTypeOf<Omit<Read, 'settings' | 'userTemplates' | 'revisions'>>().toEqualTypeOf<
      Omit<Backup, 'settings' | 'userTemplates' | 'revisions'>
    >();
    expectTypeOf<Read['revisions'][number]>().toEqualTypeOf<Flat<Backup['revisions'][number]>>();
    expectTypeOf<Read['userTemplates'][number]['fields'][number]>().toEqualTypeOf<Field>();
    expectTypeOf<NonNullable<Read['settings'][number]>>().toEqualTypeOf<Backup['settings'][number]>();
  });
});
