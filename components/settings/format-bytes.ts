const mb = 1024 * 1024;
const gb = 1024 * mb;

/** Storage sizes as people read them: one decimal, in GB from 1 GB up ("上限 78.2 GB", not "80033.1 MB"). */
export function formatBytes(bytes: number): string {
  return bytes >= gb ? `${(bytes / gb).toFixed(1)} GB` : `${(bytes / mb).toFixed(1)} MB`;
}
