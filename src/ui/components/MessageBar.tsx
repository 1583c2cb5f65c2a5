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
    display: 'grid',
    // minmax(0, 1fr): a body that must not wrap (a one-line notice with an ellipsis) shrinks instead
    // of widening the pane.
    gridTemplateColumns: 'auto minmax(0, 1fr) auto auto',
    gridTemplateRows: '1fr',
    gridTemplateAreas: '"icon body secondaryActions actions"',
    paddingLeft: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    alignItems: 'center',
    minHeight: '36px',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  multiline: {
    alignItems: 'start',
    paddingTop: tokens.spacingVerticalMNudge,
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    gridTemplateAreas: '"icon body actions" "secondaryActions secondaryActions secondaryActions"',
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
  body: { ...typographyStyles.body1, gridArea: 'body', paddingRight: tokens.spacingHorizontalM, minWidth: 0 },
  title: { ...typographyStyles.body1Strong, '::after': { content: '" "' } },
  actions: { gridArea: 'secondaryActions', display: 'flex', columnGap: tokens.spacingHorizontalM, paddingRight: tokens.spacingHorizontalM },
  actionsMultiline: {
    justifyContent: 'end',
    marginTop: tokens.spacingVerticalMNudge,
    marginBottom: tokens.spacingVerticalS,
    paddingRight: tokens.spacingVerticalM,
  },
  noActions: { display: 'none' },
  containerAction: { gridArea: 'actions', paddingRight: tokens.spacingHorizontalM },
});

const ICONS = { info: InfoFilled, warning: WarningFilled, error: DiamondDismissFilled, success: CheckmarkCircleFilled };

/** The title's id (the bar is named by its title) and the layout, for the parts inside. */
const Bar = createContext<{ titleId?: string; multiline: boolean }>({ multiline: false });

export interface MessageBarProps extends HTMLAttributes<HTMLDivElement> {
  intent?: MessageBarIntent;
  /**
   * 'multiline': the text over the full width, actions under it. Otherwise one row with the
   * actions at its end, as Fluent's singleline; where Fluent would reflow a bar too wide for one
   * row onto several lines, the text here simply wraps.
   */
  layout?: 'multiline' | 'auto';
  'data-testid'?: string;
}

export const MessageBar = forwardRef<HTMLDivElement, MessageBarProps>(function MessageBar(
  { intent = 'info', layout = 'auto', className, children, ...rest },
  ref,
) {
  const styles = useStyles();
  const titleId = useId();
  const Icon = ICONS[intent];
  const multiline = layout === 'multiline';
  const iconIntent =
    intent === 'error' ? styles.iconError : intent === 'warning' ? styles.iconWarning : intent === 'success' ? styles.iconSuccess : '';
  return (
    <Bar.Provider value={{ titleId, multiline }}>
      <div
        ref={ref}
        role="group"
        aria-labelledby={titleId}
        {...rest}
        className={mergeClasses('fui-MessageBar', styles.root, multiline && styles.multiline, styles[intent], className)}
      >
        <div className={mergeClasses(styles.icon, iconIntent)}>
          <Icon />
        </div>
        {children}
        {multiline ? <div className={styles.spacer} /> : null}
      </div>
    </Bar.Provider>
  );
});

export function MessageBarBody({ children }: { children?: ReactNode }) {
  return <div className={useStyles().body}>{children}</div>;
}

/** `id`, when given, is an id of its own for other elements to point at; the bar keeps its name. */
export function MessageBarTitle({ children, id }: { children?: ReactNode; id?: string }) {
  const { titleId } = useContext(Bar);
  const title = (
    <span id={titleId} className={useStyles().title}>
      {children}
    </span>
  );
  return id ? <span id={id}>{title}</span> : title;
}

/** Buttons (under the text when multiline); `containerAction` (e.g. a dismiss button) in the corner. */
export function MessageBarActions({ children, containerAction }: { children?: ReactNode; containerAction?: ReactNode }) {
  const styles = useStyles();
  const { multiline } = useContext(Bar);
  const corner = containerAction ? <div className={styles.containerAction}>{containerAction}</div> : null;
  return (
    <>
      {multiline ? corner : null}
      <div className={mergeClasses(styles.actions, multiline && styles.actionsMultiline, !children && styles.noActions)}>{children}</div>
      {multiline ? null : corner}
    </>
  );
}
