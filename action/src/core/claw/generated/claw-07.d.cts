// Types of the standalone ajv validators the build writes next to this file (claw-*.cjs, wpc.cjs, trust.cjs).
declare const validators: Record<string, ((data: unknown) => boolean) & { errors?: unknown[] | null }>;
export = validators;
