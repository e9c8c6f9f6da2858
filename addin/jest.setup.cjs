// Jest's jsdom environment lacks TextEncoder, which every browser Office runs in has.
const { TextEncoder } = require('node:util');

if (typeof globalThis.TextEncoder === 'undefined') globalThis.TextEncoder = TextEncoder;
