import { TextDecoder, TextEncoder } from 'node:util';

// jsdom (the task-pane component tests) lacks the TextDecoder every browser has.
if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder, TextEncoder });
