import { report, type Row } from "./harness.ts";
import { benchValidate } from "./validate.ts";

const root = process.argv[2]!;
const only = process.argv.slice(3);
const rows: Row[] = [];
const want = (n: string) => only.length === 0 || only.includes(n);
if (want("validate")) rows.push(await benchValidate(root));
const ok = report(rows);
console.log(ok ? "\nall targets met" : "\nsome targets missed");
