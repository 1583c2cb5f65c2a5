// Rounding half away from zero, as the regulation's users do it on paper: 1.005 → 1.01,
// 2.675 → 2.68, −1.005 → −1.01, 0.375 → 0.38.
//
// Why not Math.round(x * 100) / 100: binary floats store 1.005 as 1.00499999999999989…, so
// x * 100 is 100.49999999999999 and plain rounding goes down. Users type decimals, so the value
// they mean is the short decimal that float is nearest to. We therefore treat a scaled value
// whose fraction lies within a tiny relative distance (1e-13 of its size: some 450 ulps, far
// more than the error of an input or of one product, yet only 0.0001 of a cent at a billion
// cents, so large amounts never drift) of one half as exactly one half. That absorbs the representation error of the inputs and of a product such as
// 0.35 × 1.5 (= 0.5249999999999999 in floats, 0.525 in decimal → 0.53), and needs no strings,
// so it stays cheap on a million events.

const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];
const HALF_TOLERANCE = 1e-13;

/** Round half away from zero to `decimals` (0–6) decimal places. Non-finite input is returned as is. */
export function roundHalfAway(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const factor = POW10[decimals];
  const scaled = Math.abs(x) * factor;
  let whole = Math.floor(scaled);
  const fraction = scaled - whole;
  const tolerance = Math.max(1, scaled) * HALF_TOLERANCE;
  // Values a hair above an integer (e.g. 1.1 * 100 = 110.00000000000001) stay on it via floor;
  // values a hair below one (e.g. 0.29 * 100 = 28.999999999999996) are carried up here.
  if (fraction >= 0.5 - tolerance) whole += 1;
  if (whole === 0) return 0; // never −0
  return x < 0 ? -whole / factor : whole / factor;
}

/** Points and scores: 2 decimals, half away from zero. */
export function roundPoints(x: number): number {
  return roundHalfAway(x, 2);
}

/** Fines: whole yuan, half away from zero. */
export function roundYuan(x: number): number {
  return roundHalfAway(x, 0);
}
