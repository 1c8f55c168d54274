/**
 * The reading's style. Colours come from VS Code's theme variables inside a
 * webview (light, dark and high contrast follow the editor), with fallbacks for
 * a page opened on its own; a print section keeps the margin marks and the
 * legend on paper.
 */
export const PAGE_STYLE = `
:root {
  --pl-fg: var(--vscode-editor-foreground, #1f2328);
  --pl-bg: var(--vscode-editor-background, #ffffff);
  --pl-muted: var(--vscode-descriptionForeground, #59636e);
  --pl-border: var(--vscode-panel-border, #d1d9e0);
  --pl-card-bg: var(--vscode-editorHoverWidget-background, #f6f8fa);
  --pl-card-border: var(--vscode-editorHoverWidget-border, #d1d9e0);
  --pl-link: var(--vscode-textLink-foreground, #0969da);
  --pl-focus: var(--vscode-focusBorder, #0969da);
  --pl-geopolitical: var(--vscode-charts-blue, #1f6feb);
  --pl-military: var(--vscode-charts-red, #cf222e);
  --pl-economic: var(--vscode-charts-green, #1a7f37);
  --pl-none: var(--vscode-disabledForeground, #8c959f);
  --pl-figure: var(--vscode-editor-findMatchHighlightBackground, rgba(234, 184, 0, 0.25));
}
body { color: var(--pl-fg); background: var(--pl-bg); font-family: var(--vscode-font-family, system-ui, sans-serif); line-height: 1.55; margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.5rem 4rem 7rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 0.6em; }
a, .pl-link { color: var(--pl-link); }
.pl-block { position: relative; margin: 0 0 0.9em; }
.pl-margin { position: absolute; right: calc(100% + 0.6rem); top: 0.15em; width: 6rem; display: flex; flex-direction: column; align-items: flex-end; gap: 2px; }
.pl-chip { font-size: 0.72em; line-height: 1.3; padding: 0 0.35em; border-radius: 3px; border-left: 4px solid var(--pl-none); color: var(--pl-muted); text-decoration: none; white-space: nowrap; }
.pl-chip.pl-geopolitical { border-left-color: var(--pl-geopolitical); }
.pl-chip.pl-military { border-left-color: var(--pl-military); }
.pl-chip.pl-economic { border-left-color: var(--pl-economic); }
.pl-claim { border-radius: 2px; }
.pl-claim:hover, .pl-claim.pl-current { box-shadow: 0 2px 0 0 var(--pl-none); }
.pl-claim.pl-geopolitical:hover, .pl-claim.pl-geopolitical.pl-current { box-shadow: 0 2px 0 0 var(--pl-geopolitical); }
.pl-claim.pl-military:hover, .pl-claim.pl-military.pl-current { box-shadow: 0 2px 0 0 var(--pl-military); }
.pl-claim.pl-economic:hover, .pl-claim.pl-economic.pl-current { box-shadow: 0 2px 0 0 var(--pl-economic); }
.pl-figure { background: var(--pl-figure); color: inherit; border-radius: 2px; padding: 0 1px; }
.pl-entity { border-bottom: 1px dotted var(--pl-muted); }
.pl-person { border-bottom-style: solid; }
.pl-figure:focus, .pl-entity:focus { outline: 1px solid var(--pl-focus); }
.pl-meta { color: var(--pl-muted); font-size: 0.9em; }
.pl-list { padding-left: 1.2em; }
.pl-table { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 0.3em 1em; margin-bottom: 1em; }
.pl-table .pl-block { margin: 0; border-bottom: 1px solid var(--pl-border); }
pre.pl-block { white-space: pre-wrap; color: var(--pl-muted); }
#pl-card { position: absolute; z-index: 10; max-width: 26rem; padding: 0.4em 0.7em; background: var(--pl-card-bg); border: 1px solid var(--pl-card-border); border-radius: 4px; font-size: 0.9em; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.16); }
#pl-card p { margin: 0.2em 0; }
.pl-legend { display: flex; gap: 1em; flex-wrap: wrap; color: var(--pl-muted); font-size: 0.85em; }
.pl-legend span::before { content: ''; display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; vertical-align: -0.1em; background: var(--pl-none); }
.pl-legend .pl-geopolitical::before { background: var(--pl-geopolitical); }
.pl-legend .pl-military::before { background: var(--pl-military); }
.pl-legend .pl-economic::before { background: var(--pl-economic); }
.pl-notice { border-left: 4px solid var(--pl-muted); padding: 0.3em 0.8em; color: var(--pl-muted); }
table.pl-figures { border-collapse: collapse; width: 100%; font-size: 0.9em; }
table.pl-figures th, table.pl-figures td { border-bottom: 1px solid var(--pl-border); padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
svg.pl-mix rect.pl-geopolitical { fill: var(--pl-geopolitical); }
svg.pl-mix rect.pl-military { fill: var(--pl-military); }
svg.pl-mix rect.pl-economic { fill: var(--pl-economic); }
svg.pl-mix rect.pl-none { fill: var(--pl-none); }
@media (forced-colors: active) { .pl-chip { border-left-color: CanvasText; } .pl-figure { forced-color-adjust: none; outline: 1px solid CanvasText; } }
@media print {
  main { max-width: none; padding: 0 0 0 6.5rem; }
  #pl-card { display: none; }
  .pl-chip, .pl-figure, svg.pl-mix rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a.pl-link::after { content: ' (' attr(href) ')'; font-size: 0.8em; color: var(--pl-muted); }
  h1, h2, h3 { break-after: avoid; }
}
`;
