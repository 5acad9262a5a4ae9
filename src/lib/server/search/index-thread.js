// A worker thread's entry: TypeScript support first (tsx, as the build CLI itself runs), then the worker.
import { register } from 'tsx/esm/api';

register();
await import('./index-worker.ts');
