import { describe, expect, it } from 'vitest';
import { visibleRange } from '../../../../renderer/components/virtual';

describe('virtual list', () => {
  it('renders only the visible rows plus overscan', () => {
    expect(visibleRange(0, 300, 30, 10_000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(3000, 300, 30, 10_000, 5)).toEqual({ start: 95, end: 115 });
    expect(visibleRange(1e9, 300, 30, 20, 5)).toEqual({ start: 20, end: 20 });
  });
});
