/**
 * The engine's thread: builds and recomputes the workbook off the main thread,
 * so a large table's build or a table-wide edit never blocks typing, scrolling
 * or painting. Requests are answered in the order they arrive.
 */
import { Session, type Request } from '../engine/session';

const session = new Session();

self.onmessage = (e: MessageEvent<{ id: number; req: Request }>) => {
	self.postMessage({ id: e.data.id, reply: session.handle(e.data.req) });
};
