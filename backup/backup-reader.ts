import { backupLimits, type BackupError, type BackupErrorCode, type BackupWarning } from './backup-format';

/** Collects every problem of a file instead of stopping at the first, up to maxErrors. */
export class Issues {
  readonly errors: BackupError[] = [];
  readonly warnings: BackupWarning[] = [];

  fail(code: BackupErrorCode, path: string, detail: string): void {
    if (this.errors.length < backupLimits.maxErrors) this.errors.push({ code, path, detail });
  }

  warn(path: string, detail: string): void {
    if (this.warnings.length < backupLimits.maxErrors) this.warnings.push({ code: 'unknownField', path, detail });
  }

  get full(): boolean {
    return this.errors.length >= backupLimits.maxErrors;
  }
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the fields of one JSON object by name. Each accessor returns the value or undefined after
 * recording an error, so a validator reads straight through and the caller checks `issues` at the end.
 * `done()` reports fields nobody asked for: they are dropped (never copied), with a warning.
 */
export class FieldReader {
  private readonly asked = new Set<string>();

  constructor(
    private readonly object: Record<string, unknown>,
    readonly path: string,
    private readonly issues: Issues,
  ) {}

  private take(key: string): unknown {
    this.asked.add(key);
    return Object.hasOwn(this.object, key) ? this.object[key] : undefined;
  }

  fail(key: string, detail: string, code: BackupErrorCode = 'invalidField'): undefined {
    this.issues.fail(code, `${this.path}.${key}`, detail);
    return undefined;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.object, key);
  }

  string(key: string, options: { optional?: boolean; max?: number; nonEmpty?: boolean } = {}): string | undefined {
    const value = this.take(key);
    if (value === undefined && options.optional) return undefined;
    if (typeof value !== 'string') return this.fail(key, 'expected a string');
    const max = options.max ?? backupLimits.maxStringLength;
    if (value.length > max) return this.fail(key, `string longer than ${max}`, 'tooLarge');
    if (options.nonEmpty && value === '') return this.fail(key, 'expected a non-empty string');
    return value;
  }

  number(key: string, options: { optional?: boolean; integer?: boolean; min?: number } = {}): number | undefined {
    const value = this.take(key);
    if (value === undefined && options.optional) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.fail(key, 'expected a finite number');
    if (options.integer && !Number.isInteger(value)) return this.fail(key, 'expected an integer');
    if (options.min !== undefined && value < options.min) return this.fail(key, `expected ≥ ${options.min}`);
    return value;
  }

  boolean(key: string): boolean | undefined {
    const value = this.take(key);
    return typeof value === 'boolean' ? value : this.fail(key, 'expected true or false');
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const value = this.take(key);
    return allowed.includes(value as T) ? (value as T) : this.fail(key, `expected one of ${allowed.join(', ')}`);
  }

  stringArray(key: string, options: { maxItems: number; maxLength: number }): string[] | undefined {
    const value = this.take(key);
    if (!Array.isArray(value)) return this.fail(key, 'expected an array of strings');
    if (value.length > options.maxItems) return this.fail(key, `more than ${options.maxItems} items`, 'tooLarge');
    if (!value.every((item) => typeof item === 'string' && item.length <= options.maxLength)) {
      return this.fail(key, `expected strings of at most ${options.maxLength} characters`);
    }
    return [...(value as string[])];
  }

  /** Any value, for nested structures checked by the caller; marks the field as known. */
  raw(key: string): unknown {
    return this.take(key);
  }

  done(): void {
    for (const key of Object.keys(this.object)) {
      if (!this.asked.has(key)) this.issues.warn(`${this.path}.${key}`, 'unknown field dropped');
    }
  }
}
