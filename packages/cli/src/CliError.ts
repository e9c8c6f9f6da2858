/** Why the command could not run; every code means exit code 2. */
export type CliErrorCode =
  | 'usage'
  | 'missing'
  | 'noFiles'
  | 'unreadable'
  | 'empty'
  | 'xls'
  | 'encrypted'
  | 'webPage'
  | 'notXlsx'
  | 'truncated'
  | 'corrupt'
  | 'unsupported'
  | 'unwritable';

/**
 * A failure the user can act on, carrying a one-line zh-CN message that names the file (if any) and
 * says what to do. A class because the top level tells it apart from unexpected failures with
 * `instanceof`.
 */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    readonly code: CliErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export type InputErrorCode = Exclude<CliErrorCode, 'usage' | 'unreadable' | 'unwritable'>;

const inputMessages: Record<InputErrorCode, (file: string) => string> = {
  missing: (file) => `找不到 ${file}：请检查路径是否正确`,
  noFiles: (file) => `文件夹 ${file} 中没有 .xlsx 或 .csv 文件：请指定要检查的表格文件`,
  empty: (file) => `${file} 是空文件（0 字节）：请重新导出或在 Excel 中另存后再检查`,
  xls: (file) => `${file} 是旧版 .xls 格式：请在 Excel 中另存为 .xlsx 后再检查`,
  encrypted: (file) =>
    `${file} 设有打开密码：请在 Excel 中打开，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清除密码并保存后再检查`,
  webPage: (file) =>
    `${file} 实际是网页格式的表格（常见于系统导出）：请在 Excel 中打开并另存为 .xlsx 后再检查`,
  notXlsx: (file) => `${file} 不是有效的 Excel 工作簿：请在 Excel 中打开并另存为 .xlsx 后再检查`,
  truncated: (file) => `${file} 文件不完整（可能下载或复制时中断）：请重新获取完整的文件后再检查`,
  corrupt: (file) =>
    `${file} 已损坏，无法读取：请在 Excel 中打开（Excel 会尝试修复）并另存为 .xlsx 后再检查`,
  unsupported: (file) => `${file} 不是支持的文件类型：请提供 .xlsx 或 .csv 文件`,
};

export function inputError(code: InputErrorCode, file: string, cause?: unknown): CliError {
  return new CliError(code, inputMessages[code](file), cause === undefined ? undefined : { cause });
}

/** The catch-all for a file that failed in a way we did not foresee: name it and pass on the reason. */
export function unreadableError(file: string, cause: unknown): CliError {
  const reason = messageOf(cause);
  return new CliError('unreadable', `无法读取 ${file}：${oneLine(reason)}`, { cause });
}

export function usageError(message: string): CliError {
  return new CliError('usage', message);
}

/** A failed file-system call as the user can act on it: missing, not permitted, busy, or else its reason. */
export function fileSystemError(error: unknown, display: string): CliError {
  // Not `instanceof Error`: errors from Node's fs may come from another realm (as under Jest).
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return inputError('missing', display, error);
  if (code === 'EACCES' || code === 'EPERM') {
    return new CliError('unreadable', `无法读取 ${display}：没有读取权限，请检查文件权限或先复制到自己的文件夹`, {
      cause: error,
    });
  }
  if (code === 'EBUSY') {
    return new CliError('unreadable', `无法读取 ${display}：文件正被其他程序占用，请关闭后再检查`, { cause: error });
  }
  return unreadableError(display, error);
}

/** The message of anything thrown; not `instanceof Error`, which fails for errors from another realm. */
export function messageOf(thrown: unknown): string {
  if (typeof thrown === 'object' && thrown !== null && 'message' in thrown && typeof thrown.message === 'string') {
    return thrown.message;
  }
  return String(thrown);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
