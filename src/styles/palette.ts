/**
 * The default colours of both themes, one place: docs/languages-and-theming.md lists them and
 * test/styles/contrast.test.ts checks every text/background pair against WCAG AA. In a module of
 * its own (tokens.ts re-exports it), so that the partner badge's lighter sheet is made from it
 * without loading the shared tokens.
 */
export const palette = {
  light: {
    accent: '#0b5cab',
    'on-accent': '#ffffff',
    surface: '#ffffff',
    'surface-alt': '#f3f5f8',
    text: '#1b1f24',
    muted: '#545d68',
    border: '#c9d1da',
    'border-strong': '#6b7480',
    danger: '#b3261e',
    success: '#1e7a34',
    focus: '#1a73e8',
  },
  dark: {
    accent: '#8ab4f8',
    'on-accent': '#0b1a2e',
    surface: '#16191d',
    'surface-alt': '#22262c',
    text: '#e8eaed',
    muted: '#aab2bc',
    border: '#48505a',
    'border-strong': '#8a939e',
    danger: '#f28b82',
    success: '#81c995',
    focus: '#8ab4f8',
  },
} as const;
