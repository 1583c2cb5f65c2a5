// A MessageBar of our own, in place of Fluent's (issue 21, the pane's weight budget): Fluent's
// brings motion, a reflow observer, the announce machinery and its own button context for what we
// use as a static, multiline notice. Same look — Fluent's own tokens, grid and intent icons, as in
// its multiline layout — and the same accessible shape: a group (or the role given, e.g. alert or
// status) named by its title through aria-labelledby. Drop-in for the props the UI uses.
import { createContext, forwardRef, useContext, useId, type HTMLAttributes, type ReactNode } from 'react';
import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import { CheckmarkCircleFilled, DiamondDismissFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';

export type MessageBarIntent = 'info' | 'success' | 'warning' | 'error';

const useStyles = makeStyles({
  root: {
    whiteSpace: 'normal',
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    gridTemplateRows: '1fr',
    gridTemplateAreas: '"icon body actions" "secondaryActions secondaryActions secondaryActions"',
    paddingLeft: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalMNudge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    alignItems: 'start',
    minHeight: '36px',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  error: { backgroundColor: tokens.colorStatusDangerBackground1, ...shorthands.borderColor(tokens.colorStatusDangerBorder1) },
  warning: { backgroundColor: tokens.colorStatusWarningBackground1, ...shorthands.borderColor(tokens.colorStatusWarningBorder1) },
  success: { backgroundColor: tokens.colorStatusSuccessBackground1, ...shorthands.borderColor(tokens.colorStatusSuccessBorder1) },
  info: {},
  icon: {
    gridArea: 'icon',
    fontSize: tokens.fontSizeBase500,
    marginRight: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
    display: 'flex',
    alignItems: 'center',
  },
  iconError: { color: tokens.colorStatusDangerForeground1 },
  iconWarning: { color: tokens.colorStatusWarningForeground3 },
  iconSuccess: { color: tokens.colorStatusSuccessForeground1 },
  spacer: { marginBottom: tokens.spacingVerticalS, gridArea: 'secondaryActions' },
  body: { ...typographyStyles.body1, gridArea: 'body', paddingRight: tokens.spacingHorizontalM },
  title: { ...typographyStyles.body1Strong, '::after': { content: '" "' } },
  actions: {
    gridArea: 'secondaryActions',
    display: 'flex',
    columnGap: tokens.spacingHorizontalM,
    justifyContent: 'end',
    marginTop: tokens.spacingVerticalMNudge,
    marginBottom: tokens.spacingVerticalS,
    paddingRight: tokens.spacingVerticalM,
  },
  noActions: { display: 'none' },
  containerAction: { gridArea: 'actions', paddingRight: tokens.spacingHorizontalM },
});

const ICONS = { info: InfoFilled, warning: WarningFilled, error: DiamondDismissFilled, success: CheckmarkCircleFilled };

/** The title's id, so the bar is named by its title. */
const TitleId = createContext<string | undefined>(undefined);

export interface MessageBarProps extends HTMLAttributes<HTMLDivElement> {
  intent?: MessageBarIntent;
  /** Always laid out on several lines (the only layout the UI uses); kept for Fluent's signature. */
  layout?: 'multiline';
  'data-testid'?: string;
}

export const MessageBar = forwardRef<HTMLDivElement, MessageBarProps>(function MessageBar(
  { intent = 'info', layout: _layout, className, children, ...rest },
  ref,
) {
  const styles = useStyles();
  const titleId = useId();
  const Icon = ICONS[intent];
  const iconIntent =
    intent === 'error' ? styles.iconError : intent === 'warning' ? styles.iconWarning : intent === 'success' ? styles.iconSuccess : '';
  return (
    <TitleId.Provider value={titleId}>
      <div
        ref={ref}
        role="group"
        aria-labelledby={titleId}
        {...rest}
        className={mergeClasses('fui-MessageBar', styles.root, styles[intent], className)}
      >
        <div className={mergeClasses(styles.icon, iconIntent)}>
          <Icon />
        </div>
        {children}
        <div className={styles.spacer} />
      </div>
    </TitleId.Provider>
  );
});

export function MessageBarBody({ children }: { children?: ReactNode }) {
  return <div className={useStyles().body}>{children}</div>;
}

export function MessageBarTitle({ children }: { children?: ReactNode }) {
  return (
    <span id={useContext(TitleId)} className={useStyles().title}>
      {children}
    </span>
  );
}

/** Buttons under the text; `containerAction` (e.g. a dismiss button) in the top-right corner. */
export function MessageBarActions({ children, containerAction }: { children?: ReactNode; containerAction?: ReactNode }) {
  const styles = useStyles();
  return (
    <>
      {containerAction ? <div className={styles.containerAction}>{containerAction}</div> : null}
      <div className={mergeClasses(styles.actions, !children && styles.noActions)}>{children}</div>
    </>
  );
}
