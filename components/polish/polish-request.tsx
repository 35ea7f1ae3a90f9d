import { createContext, useContext } from 'react';

/**
 * Text sent to the 润色 view: a draft (whole or a selected range of its body) or any text, such as a
 * page selection captured by the content script, with its own way to take the result back.
 */
export interface PolishRequest {
  text: string;
  draftId?: string;
  /** Character range of the draft body the text came from; absent for the whole body. */
  range?: { start: number; end: number };
  /** For text that is not a draft: called with the reviewed result; may return the message to show. */
  onAccepted?: (text: string) => Promise<string | void>;
}

/** Lets the draft editor (and later the capture flow) send text here without threading props. */
export const PolishRequestContext = createContext<(request: PolishRequest) => void>(() => undefined);
export const useRequestPolish = () => useContext(PolishRequestContext);
