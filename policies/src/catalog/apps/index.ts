// Every app file (one app per file), in alphabetical parts. registry.ts derives AppId and APPS from this.
export * from './index-a-g';
export * from './index-g-p';
export * from './index-p-z';
