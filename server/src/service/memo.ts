/**
 * `compute`, run at most once per key object: the result is kept on the key itself, as a hidden
 * (symbol-named, non-enumerable) property, and goes when the key goes.
 *
 * For values derived from a parsed document (its facts, its elements). Not a module-level WeakMap:
 * V8's minor GC keeps a WeakMap's value alive as long as its key is young, whether the key is still
 * reachable or not, until the next full GC. A value that refers into the tree (a list of hosts, the
 * schema's matches) then kept every validated tree alive through each minor GC: with 5,000 hosts,
 * copying those trees took a fifth of every validation.
 */
export function memoizedOn<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const slot = Symbol(compute.name);
  return (key) => {
    const kept = (key as Record<symbol, V | undefined>)[slot];
    if (kept !== undefined) return kept;
    const value = compute(key);
    Object.defineProperty(key, slot, { value });
    return value;
  };
}
