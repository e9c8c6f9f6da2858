/** The shape of `Excel.run`, so the adapter runs against Excel or against the test fake alike. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
