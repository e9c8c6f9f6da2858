import { formatTemplateErrors, parseCustomTemplateText, type CustomTemplateDefinition, type Locale } from '@taizhang/core';
import { useEffect, useRef, useState } from 'react';
import { templateKey } from '../host/templateKey';
import type { WorkbookHost } from '../host/WorkbookHost';

export interface SavedTemplates {
  readonly definitions: readonly CustomTemplateDefinition[];
  /**
   * The list as it is now, once the workbook's have been read: a check started as the pane opens, or
   * in the same event as a save, still uses them.
   */
  readonly latest: () => Promise<readonly CustomTemplateDefinition[]>;
  readonly save: (definition: CustomTemplateDefinition) => Promise<void>;
  readonly remove: (definition: CustomTemplateDefinition) => Promise<void>;
}

export interface SavedTemplatesOptions {
  readonly locale: Locale;
  /** A saved template that does not parse (edited by hand, or from a later version): it is left out. */
  readonly onProblems: (problems: string) => void;
  readonly onError: (error: unknown) => void;
}

/** The custom templates saved in the workbook, read when the pane opens, so a colleague's travel with the file. */
export function useSavedTemplates(host: WorkbookHost, options: SavedTemplatesOptions): SavedTemplates {
  const [definitions, setDefinitions] = useState<readonly CustomTemplateDefinition[]>([]);
  const current = useRef<readonly CustomTemplateDefinition[]>([]);
  const loaded = useRef<Promise<unknown>>(Promise.resolve());
  const update = (next: readonly CustomTemplateDefinition[]) => {
    current.current = next;
    setDefinitions(next);
  };
  const { locale, onProblems, onError } = options;

  // Read once per host; the callbacks are left out of the dependencies, a new one each render.
  useEffect(() => {
    loaded.current = host.readTemplates().then((texts) => {
      const parsed = texts.map((text) => parseCustomTemplateText(text, { locale }));
      update(parsed.flatMap((result) => (result.ok ? [result.definition] : [])));
      const problems = parsed.flatMap((result) => (result.ok ? [] : [formatTemplateErrors(result.errors, locale)]));
      if (problems.length > 0) onProblems(problems.join(locale === 'zh-CN' ? '；' : '; '));
    }, onError);
  }, [host]);

  return {
    definitions,
    latest: async () => {
      await loaded.current;
      return current.current;
    },
    save: async (definition) => {
      await host.saveTemplate(definition);
      const key = templateKey(definition);
      const others = current.current.filter((other) => templateKey(other) !== key);
      const index = current.current.findIndex((other) => templateKey(other) === key);
      update(index < 0 ? [...others, definition] : [...others.slice(0, index), definition, ...others.slice(index)]);
    },
    remove: async (definition) => {
      const key = templateKey(definition);
      await host.deleteTemplate(key);
      update(current.current.filter((other) => templateKey(other) !== key));
    },
  };
}
