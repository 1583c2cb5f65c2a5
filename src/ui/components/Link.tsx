// A Link of our own, in place of Fluent's (issue 21, the pane's weight budget), with Fluent's rules
// and class name: an <a> when it has an href, otherwise a <button type="button"> that looks like a
// link (Fluent's `as="button"`). `inline` underlines it, as Fluent does for a link inside text.
import { forwardRef, type AnchorHTMLAttributes, type ButtonHTMLAttributes } from 'react';
import { createCustomFocusIndicatorStyle, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  focusIndicator: createCustomFocusIndicatorStyle({
    textDecorationColor: tokens.colorStrokeFocus2,
    textDecorationLine: 'underline',
    textDecorationStyle: 'double',
    outlineStyle: 'none',
  }),
  root: {
    ':focus-visible': { outlineStyle: 'none' },
    backgroundColor: 'transparent',
    boxSizing: 'border-box',
    color: tokens.colorBrandForegroundLink,
    cursor: 'pointer',
    display: 'inline',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    margin: '0',
    padding: '0',
    overflow: 'inherit',
    textAlign: 'left',
    textDecorationLine: 'none',
    textDecorationThickness: tokens.strokeWidthThin,
    textOverflow: 'inherit',
    userSelect: 'text',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':active': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkPressed },
  },
  button: { ...shorthands.borderStyle('none') },
  href: { fontSize: 'inherit' },
  inline: { textDecorationLine: 'underline' },
});

type Common = { inline?: boolean; 'data-testid'?: string };
export type LinkProps =
  | (Common & AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; as?: undefined })
  | (Common & ButtonHTMLAttributes<HTMLButtonElement> & { href?: undefined; as: 'button' });

export const Link = forwardRef<HTMLAnchorElement & HTMLButtonElement, LinkProps>(function Link({ inline, className, ...props }, ref) {
  const styles = useStyles();
  const classes = (kind: string) => mergeClasses('fui-Link', styles.root, styles.focusIndicator, kind, inline && styles.inline, className);
  if (props.href !== undefined) {
    const { as: _as, ...anchor } = props;
    return <a ref={ref} {...anchor} className={classes(styles.href)} />;
  }
  const { as: _as, ...button } = props;
  return <button ref={ref} type="button" {...button} className={classes(styles.button)} />;
});
