/**
 * The prototypes of HyperFormula 3.5's internal classes that engine/ patches
 * (edges.ts, shared-asts.ts), read once from a throwaway instance. Each patch
 * checks the methods it needs and stands down when an upgrade changed them, so
 * the engine stays correct and only loses the patch's gain.
 */
import { HyperFormula } from 'hyperformula';

type Prototypes = {
	graph: object | null;
	/** The graph keeps each node's dependents in `edgesSparseArray`, as edges.ts assumes. */
	graphEdgeArrays: boolean;
	parser: object | null;
};

let found: Prototypes | undefined;

export function internalPrototypes(): Prototypes {
	if (found) return found;
	const probe = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' }) as unknown as {
		graph?: { edgesSparseArray?: unknown };
		_parser?: unknown;
		destroy(): void;
	};
	const proto = (o: unknown) =>
		o && typeof o === 'object' ? (Object.getPrototypeOf(o) as object) : null;
	try {
		found = {
			graph: proto(probe.graph),
			graphEdgeArrays: Array.isArray(probe.graph?.edgesSparseArray),
			parser: proto(probe._parser)
		};
	} finally {
		probe.destroy();
	}
	return found;
}
