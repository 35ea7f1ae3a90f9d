import { database } from '../storage/default-database';
import { createDraftSearch } from './draft-search';

/** The panel's one search index over the extension's database (search sits above storage, not inside it). */
export const draftSearch = createDraftSearch(database);
