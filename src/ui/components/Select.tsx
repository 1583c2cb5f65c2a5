// A native <select> styled as Fluent's Select (medium, outline), in place of Fluent's own (issue
// 21, the pane's weight budget). It takes its id, label and description from a surrounding Fluent
// <Field> the way Fluent's controls do, so the label names it; onChange gives (event, { value })
// as Fluent's does.
import type { ChangeEvent, ReactNode } from 'react';
import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles, useFieldControlProps_unstable } from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: {
    alignItems: 'center',
    boxSizing: 'border-box',
    display: 'flex',
    flexWrap: 'nowrap',
    fontFamily: tokens.fontFamilyBase,
    position: 'relative',
  },
  select: {
    appearance: 'none',
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: 'none',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    flexGrow: 1,
    maxWidth: '100%',
    paddingBottom: 0,
    paddingTop: 0,
    height: '32px',
    paddingLeft: `calc(${tokens.spacingHorizontalMNudge} + ${tokens.spacingHorizontalXXS})`,
    paddingRight: `calc(${tokens.spacingHorizontalMNudge} + 20px + ${tokens.spacingHorizontalXXS} + ${tokens.spacingHorizontalXXS})`,
    ...typographyStyles.body1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    ':hover': { ...shorthands.borderColor(tokens.colorNeutralStroke1Hover), borderBottomColor: tokens.colorNeutralStrokeAccessible },
    ':active': { ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed), borderBottomColor: tokens.colorNeutralStrokeAccessible },
    ':focus': { outlineWidth: '2px', outlineStyle: 'solid', outlineColor: 'transparent' },
    ':focus-visible': { borderBottomColor: tokens.colorCompoundBrandStroke, borderBottomWidth: '2px' },
  },
  disabled: {
    backgroundColor: tokens.colorTransparentBackground,
    ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
    color: tokens.colorNeutralForegroundDisabled,
    cursor: 'not-allowed',
    ':hover': { ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled) },
    '@media (forced-colors: active)': { ...shorthands.borderColor('GrayText') },
  },
  icon: {
    boxSizing: 'border-box',
    color: tokens.colorNeutralStrokeAccessible,
    display: 'block',
    position: 'absolute',
    pointerEvents: 'none',
    fontSize: '20px',
    height: '20px',
    width: '20px',
    right: tokens.spacingHorizontalMNudge,
    '& svg': { display: 'block' },
  },
  iconDisabled: { color: tokens.colorNeutralForegroundDisabled },
});

export interface SelectProps {
  value: string;
  disabled?: boolean;
  children: ReactNode;
  onChange(event: ChangeEvent<HTMLSelectElement>, data: { value: string }): void;
  id?: string;
  'aria-label'?: string;
}

export function Select(own: SelectProps) {
  const styles = useStyles();
  // id, aria-labelledby / aria-describedby and the like from the surrounding <Field>.
  const { value, disabled, children, onChange, ...native } = useFieldControlProps_unstable(own, { supportsLabelFor: true });
  return (
    <span className={mergeClasses('fui-Select', styles.root)}>
      <select
        {...native}
        value={value}
        disabled={disabled}
        className={mergeClasses(styles.select, disabled && styles.disabled)}
        onChange={(e) => onChange(e, { value: e.target.value })}
      >
        {children}
      </select>
      <span className={mergeClasses(styles.icon, disabled && styles.iconDisabled)}>
        <ChevronDownRegular />
      </span>
    </span>
  );
}
