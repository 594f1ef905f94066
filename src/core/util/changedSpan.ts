/** The one stretch where `after` differs from `before`: `before.slice(start, end)` became `insert`. */
export interface ChangedSpan {
  start: number;
  end: number;
  insert: string;
}

/**
 * The smallest single replacement that turns `before` into `after` (common start and end kept), so an editor
 * applying it keeps the cursor, selections and undo steps of everything else. A CRLF is never split.
 */
export function changedSpan(before: string, after: string): ChangedSpan {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  if (start > 0 && before[start - 1] === '\r' && before[start] === '\n') start--;
  let kept = 0;
  while (kept < shorter - start && before[before.length - 1 - kept] === after[after.length - 1 - kept]) kept++;
  if (kept > 0 && before[before.length - kept] === '\n' && before[before.length - kept - 1] === '\r') kept--;
  return { start, end: before.length - kept, insert: after.slice(start, after.length - kept) };
}
