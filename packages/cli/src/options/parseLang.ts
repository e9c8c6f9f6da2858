import { usageError } from '../CliError';

export type Lang = 'zh-CN' | 'en';

export function parseLang(text: string): Lang {
  if (text === 'zh-CN' || text === 'en') return text;
  throw usageError(`--lang 只能是 zh-CN 或 en（收到“${text}”）`);
}
