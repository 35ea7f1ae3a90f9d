export function findBrowser(env?: Record<string, string | undefined>): string | null;
export const browserMissingMessage: string;
export function uiLanguageMessage(language: string): string;
