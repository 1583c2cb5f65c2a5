// A progress bar of our own, in place of Fluent's (issue 21, the pane's weight budget: Fluent's
// pulls in its motion library for the indeterminate animation, here a CSS animation). Same look as
// Fluent's medium, rounded, brand bar; role progressbar with its value when known, as Fluent's.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'block',
    backgroundColor: tokens.colorNeutralBackground6,
    width: '100%',
    height: '2px',
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusMedium,
    '@media screen and (forced-colors: active)': { backgroundColor: 'CanvasText' },
  },
  bar: {
    borderRadius: 'inherit',
    height: '100%',
    backgroundColor: tokens.colorCompoundBrandBackground,
    transitionProperty: 'width',
    transitionDuration: '0.3s',
    transitionTimingFunction: 'ease',
    '@media screen and (forced-colors: active)': { backgroundColor: 'Highlight' },
  },
  // Not known yet (before the first phase): a third of the bar sweeping across, still when the
  // user asks for reduced motion.
  indeterminate: {
    maxWidth: '33%',
    width: '100%',
    position: 'relative',
    backgroundImage: `linear-gradient(to right, ${tokens.colorNeutralBackground6} 0%, ${tokens.colorTransparentBackground} 50%, ${tokens.colorNeutralBackground6} 100%)`,
    animationName: { from: { left: '-33%' }, to: { left: '100%' } },
    animationDuration: '3s',
    animationTimingFunction: 'linear',
    animationIterationCount: 'infinite',
    '@media screen and (prefers-reduced-motion: reduce)': { maxWidth: '100%', animationName: 'none' },
  },
});

export function ProgressBar({ value, max = 1, 'aria-label': label }: { value?: number; max?: number; 'aria-label'?: string }) {
  const styles = useStyles();
  if (value === undefined) {
    return (
      <div role="progressbar" aria-valuemin={0} aria-valuemax={max} aria-label={label} className={`fui-ProgressBar ${styles.root}`}>
        <div className={mergeClasses(styles.bar, styles.indeterminate)} />
      </div>
    );
  }
  const share = Math.min(1, Math.max(0, value / max));
  return (
    <div
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-label={label}
      className={`fui-ProgressBar ${styles.root}`}
    >
      <div className={styles.bar} style={{ width: `${share * 100}%` }} />
    </div>
  );
}
