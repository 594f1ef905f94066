/**
 * Strings in code-unit order, the same in every runtime and locale (localeCompare is not): for ties broken by id,
 * so that a picture or an id is the same in every build.
 */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
