import type { Theme } from '@fluentui/react-components';
import { useEffect } from 'react';

/**
 * Fluent paints only its provider's box; the page around it (body margins, the area below a
 * short panel, native scrollbars and controls) follows the theme from here.
 */
export function usePageTheme(theme: Theme, dark: boolean, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const body = document.body.style;
    body.backgroundColor = theme.colorNeutralBackground1;
    body.color = theme.colorNeutralForeground1;
    body.margin = '0';
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  }, [theme, dark, enabled]);
}
