// typesafe-i18n's translator builds each namespace anew on every property read (it copies the namespace's
// whole dictionary into a fresh function), so one translation looked up on each of 200 inbox rows cost more
// than the rows. This keeps what each read returns, per translator: the same functions and words, read once.

/** The translator, each of its namespaces and functions looked up once and kept. */
export function memoized<T extends object>(translator: T): T {
	const kept = new Map<PropertyKey, unknown>();
	return new Proxy(translator, {
		get(target, key) {
			if (kept.has(key)) return kept.get(key);
			const value: unknown = Reflect.get(target, key);
			const keep =
				(typeof value === 'function' || typeof value === 'object') && value !== null
					? memoized(value)
					: value;
			kept.set(key, keep);
			return keep;
		}
	});
}
