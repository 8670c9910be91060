/** The sides a card tries beside its term (components/Card/placement.ts): after the term's line, then before it. */
import { describe, expect, it } from 'vitest';
import { sidesFor } from '@/components/Card/placement.ts';

describe('sidesFor', () => {
  it('puts the card below, then above, a term in horizontal text', () => {
    expect(sidesFor('horizontal-tb')).toEqual(['bottom-start', 'top-start']);
  });

  it('puts the card on the side of the next line, then the other, in vertical text', () => {
    expect(sidesFor('vertical-rl')).toEqual(['left-start', 'right-start']);
    expect(sidesFor('sideways-rl')).toEqual(['left-start', 'right-start']);
    expect(sidesFor('vertical-lr')).toEqual(['right-start', 'left-start']);
    expect(sidesFor('sideways-lr')).toEqual(['right-start', 'left-start']);
  });
});
