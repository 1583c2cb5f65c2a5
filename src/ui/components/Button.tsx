// A Button of our own, in place of Fluent's (issue 21, the pane's weight budget): Fluent's brings
// the precompiled styles of every appearance, size and shape (24 KB minified) and its ARIA button
// hook. This keeps what the pane uses — secondary (default), primary, subtle and transparent; medium
// and small; an icon before the text, or alone — with Fluent's own rules, tokens and class names,
// so it looks the same in every theme and at every zoom. A native <button type="button">: a
// disabled one is `disabled`, as Fluent's is. Drop-in for the props the UI uses.
import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { createCustomFocusIndicatorStyle, makeResetStyles, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { iconFilledClassName, iconRegularClassName } from '@fluentui/react-icons';

const ICON = 'fui-Button__icon';
const iconSpacingVar = '--fui-Button__icon--spacing';
const PRESSED = ':hover:active,:active:focus-visible';
/* Firefox has a box-shadow sizing issue at some zoom levels (Mozilla bug 1857642), as Fluent notes. */
const boxShadowStrokeWidthThinMoz = `calc(${tokens.strokeWidthThin} + 0.25px)`;

const useRootBase = makeResetStyles({
  alignItems: 'center',
  boxSizing: 'border-box',
  display: 'inline-flex',
  justifyContent: 'center',
  textDecorationLine: 'none',
  verticalAlign: 'middle',
  margin: 0,
  overflow: 'hidden',
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  fontFamily: tokens.fontFamilyBase,
  outlineStyle: 'none',
  ':hover': {
    backgroundColor: tokens.colorNeutralBackground1Hover,
    borderColor: tokens.colorNeutralStroke1Hover,
    color: tokens.colorNeutralForeground1Hover,
    cursor: 'pointer',
  },
  [PRESSED]: {
    backgroundColor: tokens.colorNeutralBackground1Pressed,
    borderColor: tokens.colorNeutralStroke1Pressed,
    color: tokens.colorNeutralForeground1Pressed,
    outlineStyle: 'none',
  },
  padding: `5px ${tokens.spacingHorizontalM}`,
  minWidth: '96px',
  borderRadius: tokens.borderRadiusMedium,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightSemibold,
  lineHeight: tokens.lineHeightBase300,
  transitionDuration: tokens.durationFaster,
  transitionProperty: 'background, border, color',
  transitionTimingFunction: tokens.curveEasyEase,
  '@media screen and (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
  '@media (forced-colors: active)': {
    ':focus': { borderColor: 'ButtonText' },
    ':hover': { backgroundColor: 'HighlightText', borderColor: 'Highlight', color: 'Highlight', forcedColorAdjust: 'none' },
    [PRESSED]: { backgroundColor: 'HighlightText', borderColor: 'Highlight', color: 'Highlight', forcedColorAdjust: 'none' },
  },
  ...createCustomFocusIndicatorStyle({
    borderColor: tokens.colorStrokeFocus2,
    borderRadius: tokens.borderRadiusMedium,
    borderWidth: '1px',
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
    boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2}
      inset
    `,
    zIndex: 1,
  }),
  '@supports (-moz-appearance:button)': {
    ...createCustomFocusIndicatorStyle({
      boxShadow: `0 0 0 ${boxShadowStrokeWidthThinMoz} ${tokens.colorStrokeFocus2}
      inset
    `,
    }),
  },
});

const useIconBase = makeResetStyles({
  alignItems: 'center',
  display: 'inline-flex',
  justifyContent: 'center',
  fontSize: '20px',
  height: '20px',
  width: '20px',
  [iconSpacingVar]: tokens.spacingHorizontalSNudge,
});

/** The filled icon on hover and press (subtle, transparent), as Fluent's. */
const filledIcon = { [`& .${iconFilledClassName}`]: { display: 'inline' }, [`& .${iconRegularClassName}`]: { display: 'none' } };

const useRootStyles = makeStyles({
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    ...shorthands.borderColor('transparent'),
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': {
      backgroundColor: tokens.colorBrandBackgroundHover,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    [PRESSED]: {
      backgroundColor: tokens.colorBrandBackgroundPressed,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    '@media (forced-colors: active)': {
      backgroundColor: 'Highlight',
      ...shorthands.borderColor('HighlightText'),
      color: 'HighlightText',
      forcedColorAdjust: 'none',
      ':hover': { backgroundColor: 'HighlightText', ...shorthands.borderColor('Highlight'), color: 'Highlight' },
      [PRESSED]: { backgroundColor: 'HighlightText', ...shorthands.borderColor('Highlight'), color: 'Highlight' },
    },
  },
  secondary: {},
  subtle: {
    backgroundColor: tokens.colorSubtleBackground,
    ...shorthands.borderColor('transparent'),
    color: tokens.colorNeutralForeground2,
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForeground2Hover,
      ...filledIcon,
      [`& .${ICON}`]: { color: tokens.colorNeutralForeground2BrandHover },
    },
    [PRESSED]: {
      backgroundColor: tokens.colorSubtleBackgroundPressed,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForeground2Pressed,
      ...filledIcon,
      [`& .${ICON}`]: { color: tokens.colorNeutralForeground2BrandPressed },
    },
    '@media (forced-colors: active)': {
      ':hover': { color: 'Highlight', [`& .${ICON}`]: { color: 'Highlight' } },
      [PRESSED]: { color: 'Highlight', [`& .${ICON}`]: { color: 'Highlight' } },
    },
  },
  transparent: {
    backgroundColor: tokens.colorTransparentBackground,
    ...shorthands.borderColor('transparent'),
    color: tokens.colorNeutralForeground2,
    ':hover': {
      backgroundColor: tokens.colorTransparentBackgroundHover,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForeground2BrandHover,
      ...filledIcon,
    },
    [PRESSED]: {
      backgroundColor: tokens.colorTransparentBackgroundPressed,
      ...shorthands.borderColor('transparent'),
      color: tokens.colorNeutralForeground2BrandPressed,
      ...filledIcon,
    },
    '@media (forced-colors: active)': {
      ':hover': { backgroundColor: tokens.colorTransparentBackground, color: 'Highlight' },
      [PRESSED]: { backgroundColor: tokens.colorTransparentBackground, color: 'Highlight' },
    },
  },
  small: {
    minWidth: '64px',
    padding: `3px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
  },
  smallWithIcon: { paddingBottom: '1px', paddingTop: '1px' },
  medium: {},
});

const disabledLook = {
  backgroundColor: tokens.colorNeutralBackgroundDisabled,
  ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
  color: tokens.colorNeutralForegroundDisabled,
  cursor: 'not-allowed',
};
const regularIcon = { [`& .${iconFilledClassName}`]: { display: 'none' }, [`& .${iconRegularClassName}`]: { display: 'inline' } };
const grayText = {
  backgroundColor: 'ButtonFace',
  ...shorthands.borderColor('GrayText'),
  color: 'GrayText',
  [`& .${ICON}`]: { color: 'GrayText' },
};
const clear = { backgroundColor: tokens.colorTransparentBackground, ...shorthands.borderColor('transparent') };

const useDisabledStyles = makeStyles({
  base: {
    ...disabledLook,
    [`& .${ICON}`]: { color: tokens.colorNeutralForegroundDisabled },
    ':hover': { ...disabledLook, ...regularIcon, [`& .${ICON}`]: { color: tokens.colorNeutralForegroundDisabled } },
    [PRESSED]: { ...disabledLook, ...regularIcon, [`& .${ICON}`]: { color: tokens.colorNeutralForegroundDisabled } },
  },
  highContrast: {
    '@media (forced-colors: active)': {
      ...grayText,
      ':focus': { ...shorthands.borderColor('GrayText') },
      ':hover': grayText,
      [PRESSED]: grayText,
    },
  },
  primary: {
    ...shorthands.borderColor('transparent'),
    ':hover': { ...shorthands.borderColor('transparent') },
    [PRESSED]: { ...shorthands.borderColor('transparent') },
  },
  secondary: {},
  subtle: { ...clear, ':hover': clear, [PRESSED]: clear },
  transparent: { ...clear, ':hover': clear, [PRESSED]: clear },
});

const useFocusStyles = makeStyles({
  primary: {
    ...createCustomFocusIndicatorStyle({
      ...shorthands.borderColor(tokens.colorStrokeFocus2),
      boxShadow: `${tokens.shadow2}, 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset,  0 0 0 ${tokens.strokeWidthThick} ${tokens.colorNeutralForegroundOnBrand} inset`,
      ':hover': {
        boxShadow: `${tokens.shadow2}, 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
        ...shorthands.borderColor(tokens.colorStrokeFocus2),
      },
    }),
    '@supports (-moz-appearance:button)': {
      ...createCustomFocusIndicatorStyle({
        boxShadow: `${tokens.shadow2}, 0 0 0 ${boxShadowStrokeWidthThinMoz} ${tokens.colorStrokeFocus2} inset,  0 0 0 ${tokens.strokeWidthThick} ${tokens.colorNeutralForegroundOnBrand} inset`,
        ':hover': { boxShadow: `${tokens.shadow2}, 0 0 0 ${boxShadowStrokeWidthThinMoz} ${tokens.colorStrokeFocus2} inset` },
      }),
    },
  },
  small: createCustomFocusIndicatorStyle({ borderRadius: tokens.borderRadiusSmall }),
  medium: {},
});

const useIconOnlyStyles = makeStyles({
  small: { padding: '1px', minWidth: '24px', maxWidth: '24px' },
  medium: { padding: '5px', minWidth: '32px', maxWidth: '32px' },
});

const useIconStyles = makeStyles({
  small: { fontSize: '20px', height: '20px', width: '20px', [iconSpacingVar]: tokens.spacingHorizontalXS },
  medium: {},
  before: { marginRight: `var(${iconSpacingVar})` },
});

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: 'secondary' | 'primary' | 'subtle' | 'transparent';
  size?: 'small' | 'medium';
  icon?: ReactNode;
  'data-testid'?: string;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { appearance = 'secondary', size = 'medium', icon, disabled = false, className, children, ...rest },
  ref,
) {
  const rootBase = useRootBase();
  const iconBase = useIconBase();
  const root = useRootStyles();
  const off = useDisabledStyles();
  const focus = useFocusStyles();
  const iconOnly = useIconOnlyStyles();
  const iconStyles = useIconStyles();
  const alone = Boolean(icon) && !children;
  return (
    <button
      ref={ref}
      type="button"
      {...rest}
      disabled={disabled}
      className={mergeClasses(
        'fui-Button',
        rootBase,
        root[appearance],
        root[size],
        Boolean(icon) && size === 'small' && root.smallWithIcon,
        disabled && off.base,
        disabled && off.highContrast,
        disabled && off[appearance],
        appearance === 'primary' && focus.primary,
        focus[size],
        alone && iconOnly[size],
        className,
      )}
    >
      {icon ? <span className={mergeClasses(ICON, iconBase, !alone && iconStyles.before, iconStyles[size])}>{icon}</span> : null}
      {alone ? null : children}
    </button>
  );
});
