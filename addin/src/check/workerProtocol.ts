import type { CheckResult } from '@taizhang/core';

export type WorkerReply = { readonly ok: true; readonly result: CheckResult } | { readonly ok: false; readonly message: string };
