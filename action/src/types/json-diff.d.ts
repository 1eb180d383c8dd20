declare module "json-diff" {
  export interface DiffOptions {
    full?: boolean;
    keysOnly?: boolean;
    sort?: boolean;
    precision?: number;
    excludeKeys?: string[];
  }
  export function diff(a: unknown, b: unknown, options?: DiffOptions): unknown;
  export function diffString(a: unknown, b: unknown, options?: DiffOptions): string;
  const jsonDiff: { diff: typeof diff; diffString: typeof diffString };
  export default jsonDiff;
}
