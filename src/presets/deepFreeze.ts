/**
 * Freezes an object and everything in it, so a shared preset cannot be changed by accident.
 *
 * @example
 * Object.isFrozen(deepFreeze({ weekly: { mon: [] } }).weekly.mon) // => true
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
