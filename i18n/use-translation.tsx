import { createContext, useContext } from 'react';
import { formatMessage } from './format-message';
import type { MessageKey } from './locale';
import type { LoadedMessages } from './load-messages';

const MessagesContext = createContext<LoadedMessages | null>(null);
/** Provided once the chosen language's strings are loaded (the panel renders nothing before). */
export const MessagesProvider = MessagesContext.Provider;

export function useTranslation() {
  const messages = useContext(MessagesContext);
  if (!messages) throw new Error('useTranslation outside MessagesProvider');
  return {
    locale: messages.locale,
    t: (key: MessageKey, ...substitutions: (string | number)[]) => formatMessage(messages.lookup(key), substitutions),
  };
}
