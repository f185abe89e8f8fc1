/**
 * Object.groupBy (Node >= 21), which chevrotain (Langium's parser) calls, for Node 20. The
 * object.groupby package does the same with es-abstract underneath: 170 KB loaded at every start,
 * a third of `arbejdsevne --version`. Must run before Langium is loaded.
 */
if (typeof (Object as { groupBy?: unknown }).groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value: function groupBy<T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey): Record<PropertyKey, T[]> {
            const groups = Object.create(null) as Record<PropertyKey, T[]>;
            let index = 0;
            for (const item of items) (groups[key(item, index++)] ??= []).push(item);
            return groups;
        },
    });
}
export {};
