import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../../polish/normalize-error';

describe('normalizeError', () => {
  it('classifies the strings WebLLM rejects with, not only Errors', () => {
    expect(normalizeError('TypeError: Failed to fetch').code).toBe('offline');
    expect(normalizeError(new TypeError('NetworkError when attempting to fetch resource.')).code).toBe('offline');
    expect(normalizeError('Error: Device was lost. This can happen due to insufficient memory').code).toBe('gpuMemory');
    expect(normalizeError(new Error('This model requires WebGPU extension shader-f16')).code).toBe('noF16');
    expect(normalizeError('Unable to find a compatible GPU. WebGPU is not supported').code).toBe('noWebGpu');
    expect(normalizeError(new DOMException('quota', 'QuotaExceededError')).code).toBe('storage');
    expect(normalizeError("TypeError: Cannot read properties of undefined (reading 'buffer')").code).toBe('broken');
    expect(normalizeError('cancelled').code).toBe('cancelled');
    expect(normalizeError({ weird: true })).toEqual({ code: 'unknown', detail: '{"weird":true}' });
  });

  it('keeps only the first line of the detail: no stack traces reach the user', () => {
    const error = new Error('boom');
    error.stack = 'Error: boom\n    at x (y.js:1:1)';
    expect(normalizeError(error).detail).toBe('Error: boom');
    expect(normalizeError('line one\n at stack').detail).toBe('line one');
  });

  it('passes an already normalised error through unchanged (no JSON in the details line)', () => {
    const once = normalizeError('TypeError: Failed to fetch');
    expect(normalizeError(once)).toEqual({ code: 'offline', detail: 'TypeError: Failed to fetch' });
  });
});

describe('CPU engine failures', () => {
  it('an HTTP error from a mirror reads as offline; a file llama.cpp cannot read as broken', () => {
    expect(normalizeError('Error: HTTP 404 http://10.1.2.3/models/x.gguf').code).toBe('offline');
    expect(normalizeError('Error: integrity: part 2 of x.gguf has 10 bytes').code).toBe('broken');
    expect(normalizeError('Error: no host permission for http://10.1.2.3/*').code).toBe('permission');
  });
});
