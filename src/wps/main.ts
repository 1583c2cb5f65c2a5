// The add-in's hidden page (index.html), loaded by WPS at start: the ribbon's callbacks and the
// QS custom functions.
import { registerFunctions, type WpsGlobal } from './functions';
import { installRibbon } from './ribbon';

const scope = window as unknown as Record<string, unknown>;
installRibbon(scope);
const registered = registerFunctions(scope.wps as WpsGlobal | undefined);
// For a person with the DevTools open (Alt+F12) on a real WPS: what this build could see.
console.info(`QS Assess (WPS): ${registered.length} 个自定义函数已注册;${navigator.userAgent}`);
