/** A plain object as untrusted input (storage, messages) may hold one: not null, not an array. */
export type UnknownRecord = Record<string, unknown>;

export const isRecord = (v: unknown): v is UnknownRecord => typeof v === 'object' && v !== null && !Array.isArray(v);
