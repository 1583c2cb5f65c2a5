// Fluent's dark theme on its own: a chunk the Excel pane loads only when Office's theme is dark (look.ts).
export { webDarkTheme } from '@fluentui/react-components';
