/**
 * HyperFormula 3.5 keeps a node's dependents in a plain array and scans it
 * (`includes`) before adding each edge, so giving a node k dependents costs
 * O(k²). Our plan constants are such nodes: BaseYear is used by about six
 * cells of every row and TargetYear by four, so at 10,000 rows BaseYear alone
 * has ~58,000 dependents, and the build paid that scan twice (once for the
 * placeholder the sheet's formulas point at, once when the name is defined and
 * its dependents move over): two thirds of a 13 s build.
 *
 * `withIndexedEdges` runs a bulk operation with the membership test answered by
 * a Set kept beside each long array. The arrays receive the same ids in the
 * same order as with the stock methods, so the graph, and every value computed
 * from it, is unchanged. The Sets live only for that one call: outside it the
 * stock methods mutate the arrays without them.
 */
import { internalPrototypes } from './internals';

/** Most nodes have a few dependents; a Set for each would cost more than the scans it saves. */
const INDEX_FROM = 32;

type GraphMethods = {
	edgesSparseArray: (number[] | undefined)[];
	getNodeIdIfNotNumber(node: unknown): number | undefined;
	addEdge(from: unknown, to: unknown): void;
	removeEdge(from: unknown, to: unknown): void;
	removeEdgeIfExists(from: unknown, to: unknown): void;
};

let graphPrototype: GraphMethods | null | undefined;

/** The library's Graph class, or null when its internals are not the ones this relies on. */
function graphClass(): GraphMethods | null {
	if (graphPrototype !== undefined) return graphPrototype;
	const { graph, graphEdgeArrays } = internalPrototypes();
	const proto = graph as Partial<GraphMethods> | null;
	const fits =
		!!proto &&
		graphEdgeArrays &&
		(['getNodeIdIfNotNumber', 'addEdge', 'removeEdge', 'removeEdgeIfExists'] as const).every(
			(m) => typeof proto[m] === 'function'
		);
	graphPrototype = fits ? (proto as GraphMethods) : null;
	return graphPrototype;
}

/** False when a HyperFormula upgrade changed the internals: builds are then correct but quadratic again. */
export function canIndexEdges(): boolean {
	return graphClass() !== null;
}

let active = false;

export function withIndexedEdges<T>(fn: () => T): T {
	const proto = graphClass();
	if (!proto || active) return fn();
	const { addEdge, removeEdge, removeEdgeIfExists } = proto;
	const index = new WeakMap<number[], Set<number>>();
	proto.addEdge = function (this: GraphMethods, from, to) {
		const fromId = this.getNodeIdIfNotNumber(from);
		const toId = this.getNodeIdIfNotNumber(to);
		const edges = fromId === undefined ? undefined : this.edgesSparseArray[fromId];
		if (toId === undefined || !edges || edges.length < INDEX_FROM)
			return addEdge.call(this, from, to);
		let ids = index.get(edges);
		if (!ids) index.set(edges, (ids = new Set(edges)));
		if (ids.has(toId)) return;
		edges.push(toId);
		ids.add(toId);
	};
	// the stock removals punch a hole where the id was; the Set must forget it too
	const forgetting = (remove: GraphMethods['removeEdge']) =>
		function (this: GraphMethods, from: unknown, to: unknown) {
			remove.call(this, from, to);
			const fromId = this.getNodeIdIfNotNumber(from);
			const toId = this.getNodeIdIfNotNumber(to);
			const edges = fromId === undefined ? undefined : this.edgesSparseArray[fromId];
			if (edges && toId !== undefined) index.get(edges)?.delete(toId);
		};
	proto.removeEdge = forgetting(removeEdge);
	proto.removeEdgeIfExists = forgetting(removeEdgeIfExists);
	active = true;
	try {
		return fn();
	} finally {
		Object.assign(proto, { addEdge, removeEdge, removeEdgeIfExists });
		active = false;
	}
}

/**
 * Gives each node's dependents array a backing store of its own length. The
 * library starts every node with `[]` and pushes its dependents, and a pushed
 * array keeps room for 17: after a build, most arrays hold one to three ids
 * in about 160 bytes, 0.2 KB per formula cell in all. A copy holds the same
 * ids, holes included, in the same order.
 */
export function compactEdges(hf: object): void {
	if (!graphClass()) return;
	const edges = (hf as { graph: Pick<GraphMethods, 'edgesSparseArray'> }).graph.edgesSparseArray;
	edges.forEach((ids, node) => {
		if (ids && ids.length) edges[node] = ids.slice();
	});
}
