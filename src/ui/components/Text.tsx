// Fluent's text presets the pane uses (Title3, Subtitle2, Caption1) without Fluent's Text and its
// presets machinery (issue 21, the pane's weight budget): the same base rules, typography tokens
// and class names, on the element given by `as` (a span by default).
import { forwardRef, type HTMLAttributes } from 'react';
import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'start',
    display: 'inline',
    whiteSpace: 'normal',
    overflow: 'visible',
    textOverflow: 'clip',
  },
  Title3: typographyStyles.title3,
  Subtitle2: typographyStyles.subtitle2,
  Caption1: typographyStyles.caption1,
});

type Preset = 'Title3' | 'Subtitle2' | 'Caption1';
export interface TextProps extends HTMLAttributes<HTMLElement> {
  as?: 'span' | 'h1' | 'h2' | 'p' | 'div';
}

function preset(name: Preset) {
  const Text = forwardRef<HTMLElement, TextProps>(function Text({ as: As = 'span', className, ...rest }, ref) {
    const styles = useStyles();
    return <As ref={ref as never} {...rest} className={mergeClasses(`fui-${name}`, 'fui-Text', styles.root, styles[name], className)} />;
  });
  Text.displayName = name;
  return Text;
}

export const Title3 = preset('Title3');
export const Subtitle2 = preset('Subtitle2');
export const Caption1 = preset('Caption1');
