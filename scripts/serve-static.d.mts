export interface StaticServer {
  url: (path: string) => string;
  close: () => Promise<void>;
}
export function serveStatic(mounts: Record<string, string>, headers?: Record<string, string>): Promise<StaticServer>;
