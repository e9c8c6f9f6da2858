/**
 * The `Office` and `Excel` globals office.js would define, backed by a fake workbook: what the task pane
 * and the ribbon command touch, and nothing more.
 */
import type { FakeExcel } from './fakeExcel';

export interface FakeOfficeOptions {
  /** Office's UI language (`zh-CN`, `en-US`). */
  readonly displayLanguage?: string;
  /** Highest ExcelApi version the fake host claims. */
  readonly excelApi?: string;
  readonly documentUrl?: string;
}

export interface CommandEvent {
  readonly source: { readonly id: string };
  completed(): void;
}

export interface FakeOffice {
  /** Runs a ribbon command registered with `Office.actions.associate`; resolves when it calls `completed()`. */
  invokeCommand(id: string): Promise<void>;
  /** URLs of the dialogs the add-in opened with `displayDialogAsync`. */
  readonly dialogs: readonly string[];
}

function versionAtMost(wanted: string, supported: string): boolean {
  const [wMajor = 0, wMinor = 0] = wanted.split('.').map(Number);
  const [sMajor = 0, sMinor = 0] = supported.split('.').map(Number);
  return wMajor < sMajor || (wMajor === sMajor && wMinor <= sMinor);
}

export function installFakeOffice(target: object, fake: FakeExcel, options: FakeOfficeOptions = {}): FakeOffice {
  const actions = new Map<string, (event: CommandEvent) => unknown>();
  const dialogs: string[] = [];
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: (callback?: (value: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'zh-CN',
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          const supported = name === 'ExcelApi' ? (options.excelApi ?? '1.12') : name === 'DialogApi' ? '1.2' : undefined;
          return supported !== undefined && versionAtMost(version ?? '1.1', supported);
        },
      },
      document: { url: options.documentUrl ?? `https://contoso.sharepoint.com/${fake.workbook.name}` },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback?: (result: { status: string; value: { close(): void; addEventHandler(): void } }) => void) => {
          dialogs.push(url);
          callback?.({ status: 'succeeded', value: { close: () => undefined, addEventHandler: () => undefined } });
        },
      },
    },
    actions: {
      associate: (id: string, action: (event: CommandEvent) => unknown) => void actions.set(id, action),
    },
  };
  Object.assign(target, { Office: office, Excel: { run: fake.run } });
  return {
    dialogs,
    invokeCommand: (id) =>
      new Promise<void>((resolve, reject) => {
        const action = actions.get(id);
        if (action === undefined) {
          reject(new Error(`no command "${id}" was associated`));
          return;
        }
        action({ source: { id }, completed: () => resolve() });
      }),
  };
}
