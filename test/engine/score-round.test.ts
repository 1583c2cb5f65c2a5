import { roundHalfAway, roundPoints, roundYuan } from '../../src/engine/round';

describe('rounding half away from zero, exact at .xx5 despite binary floats', () => {
  test.each([
    [1.005, 1.01], // stored as 1.00499999999999989… : naive Math.round(x*100)/100 gives 1.00
    [2.675, 2.68], // stored as 2.67499999999999982…
    [-1.005, -1.01],
    [-2.675, -2.68],
    [0.125 * 3, 0.38], // 0.375 exactly
    [-0.125 * 3, -0.38],
    [0.35 * 1.5, 0.53], // 0.5249999999999999 in floats, 0.525 in decimal
    [1.1 * 1.5, 1.65], // 1.6500000000000001: stays 1.65, not 1.66
    [0.29, 0.29], // 28.999999999999996 when scaled: must not fall to 0.28
    [1.004, 1.0],
    [1.0049, 1.0],
    [100.125, 100.13],
    [0, 0],
    [-0.001, 0],
  ])('%p → %p', (x, expected) => {
    expect(roundPoints(x)).toBe(expected);
  });

  test('never returns −0', () => {
    expect(Object.is(roundPoints(-0.004), 0)).toBe(true);
  });

  test('whole yuan: 2.5 → 3, −2.5 → −3, 0.5 × 1.5 × 1000 = 750, 333.5 → 334', () => {
    expect(roundYuan(2.5)).toBe(3);
    expect(roundYuan(-2.5)).toBe(-3);
    expect(roundYuan(2.4999)).toBe(2);
    expect(roundYuan(333.5)).toBe(334);
    expect(roundYuan(50 * 1.5)).toBe(75);
    expect(roundYuan(45 * 1.5)).toBe(68); // 67.5
  });

  test('large amounts stay exact: the half-tolerance is relative and tiny', () => {
    expect(roundPoints(5_000_000)).toBe(5_000_000);
    expect(roundPoints(2_000_000.004)).toBe(2_000_000);
    expect(roundPoints(2_000_000.005)).toBe(2_000_000.01);
    expect(roundYuan(600_000_000)).toBe(600_000_000);
    expect(roundYuan(600_000_000.4)).toBe(600_000_000);
  });

  test('other precisions and non-finite input', () => {
    expect(roundHalfAway(1.0005, 3)).toBe(1.001);
    expect(roundHalfAway(Infinity, 2)).toBe(Infinity);
    expect(roundHalfAway(NaN, 2)).toBeNaN();
  });
});
