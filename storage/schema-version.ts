/**
 * The database's name and the last version `WenshuDatabase` declares, for code that reads IndexedDB
 * without Dexie (`readStartupEarly`, which must not pull Dexie into the panel's first script). Dexie
 * stores version n as IndexedDB version 10 × n. A unit test keeps this in step with the schema.
 */
export const databaseName = 'wenshu';
export const schemaVersion = 2;
