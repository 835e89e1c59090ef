import { describe, expect, it } from 'vitest';
import { gradeFor } from './grade-bands';

const bands = { '5A': 950, '4A': 901, '3A': 851, '2A': 801 };

describe('grade bands (等级分数线)', () => {
  it.each([
    [1000, '5A'], [950, '5A'], [949.99, '4A'], [901, '4A'], [900.5, '3A'], [851, '3A'], [850, '2A'], [801, '2A'],
    [800, '1A'], [600, '1A'], [599.5, 'none'], [0, 'none'],
  ])('%s of 1,000 points is %s', (total, grade) => {
    expect(gradeFor(total, 1000, bands, 600)).toBe(grade);
  });

  it('scales a total on an index of another size to 1,000 points', () => {
    expect(gradeFor(95, 100, bands, 600)).toBe('5A');
    expect(gradeFor(430, 500, bands, 600)).toBe('3A');
    expect(gradeFor(250, 500, bands, 600)).toBe('none');
  });

  it('follows the bands and pass mark in the settings', () => {
    expect(gradeFor(900, 1000, { '5A': 900, '4A': 800, '3A': 700, '2A': 650 }, 500)).toBe('5A');
    expect(gradeFor(550, 1000, { '5A': 900, '4A': 800, '3A': 700, '2A': 650 }, 500)).toBe('1A');
  });
});
