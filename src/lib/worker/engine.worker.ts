/**
 * The engine's thread: builds and recomputes the workbook off the main thread,
 * so a large table's build or a table-wide edit never blocks typing, scrolling
 * or painting. Requests are answered in the order they arrive.
 */
import { Host, type HostRequest } from './host';

const host = new Host();

self.onmessage = async (e: MessageEvent<{ id: number; req: HostRequest }>) => {
	self.postMessage({ id: e.data.id, reply: await host.run(e.data.req) });
};
