/** An in-memory CacheStorage (happy-dom has none): enough of it for the model cache code. */
export function memoryCaches() {
  const stores = new Map<string, Map<string, { blob: Blob; headers: [string, string][] }>>();
  const urlOf = (key: RequestInfo | URL) => (typeof key === 'string' ? key : key instanceof URL ? key.href : key.url);
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, { blob: Blob; headers: [string, string][] }>();
    stores.set(name, store);
    const cache = {
      match: async (key: RequestInfo | URL) => {
        const entry = store.get(urlOf(key));
        return entry ? new Response(entry.blob, { headers: entry.headers }) : undefined;
      },
      put: async (key: RequestInfo | URL, response: Response) => {
        store.set(urlOf(key), { headers: [...response.headers.entries()], blob: await response.blob() });
      },
      delete: async (key: RequestInfo | URL) => store.delete(urlOf(key)),
      keys: async () => [...store.keys()].map((url) => ({ url }) as Request),
    };
    return cache as unknown as Cache;
  };
  return {
    storage: { open } as unknown as CacheStorage,
    keys: (name: string) => [...(stores.get(name)?.keys() ?? [])],
  };
}
