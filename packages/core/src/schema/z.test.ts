import { describe, expect, it, jest } from '@jest/globals';

describe('the core zod instance', () => {
  it('never compiles or probes with new Function, which the pane CSP forbids', async () => {
    const original = globalThis.Function;
    const probe = jest.fn();
    globalThis.Function = new Proxy(original, { construct: (target, args) => (probe(), Reflect.construct(target, args)) });
    try {
      const { templateDefinitionSchema } = await import('../templates/templateSchema');
      const result = templateDefinitionSchema.safeParse({ id: 'x', name: { 'zh-CN': 'x', en: 'x' }, fields: [{ id: 'a', label: 'A', aliases: [], type: 'text' }], signature: ['a'] });
      expect(result.success).toBe(true);
      expect(probe).not.toHaveBeenCalled();
    } finally {
      globalThis.Function = original;
    }
  });
});
