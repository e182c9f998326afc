export const CSS = `
body { font: 14px/1.45 system-ui, sans-serif; color: #1b1f24; margin: 12px; }
h1 { font-size: 17px; margin: 0 0 8px; } h2 { font-size: 14px; margin: 12px 0 4px; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 8px 0; } dt { color: #5f6b7c; } dd { margin: 0; word-break: break-all; }
.ok { color: #1c6e42; } .warn { color: #a1400a; }
label { display: block; margin: 8px 0; } input, select { display: block; width: 100%; box-sizing: border-box; font: inherit; padding: 4px; }
button { font: inherit; padding: 4px 10px; } .row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
ul { padding-left: 18px; margin: 4px 0; }
`;
