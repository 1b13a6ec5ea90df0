import { randomUUID } from 'node:crypto';

/** Time seam so wire-log timings are deterministic in tests. */
export interface Clock {
  now(): number;
}

/** The real clock: monotonic-enough wall time in milliseconds. */
export const systemClock: Clock = { now: () => performance.timeOrigin + performance.now() };

/** Id seam; the default is a random UUID. */
export type NewId = () => string;

/** Random UUIDs. */
export const randomId: NewId = () => randomUUID();
