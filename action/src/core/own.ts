/** Own-property lookup: `obj[key]` without reaching Object.prototype ("constructor", "__proto__", …). */
export function own<T>(obj: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return obj !== undefined && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}
