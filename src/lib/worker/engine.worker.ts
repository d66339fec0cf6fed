/**
 * The engine's thread: builds and recomputes the workbook off the main thread,
 * so a large table's build or a table-wide edit never blocks typing, scrolling
 * or painting. Requests are answered in the order they arrive; a reply with many
 * rows is posted in parts (parts.ts).
 */
import { Host, type HostRequest } from './host';
import { inParts } from './parts';

const host = new Host();

self.onmessage = async (e: MessageEvent<{ id: number; req: HostRequest }>) => {
	const reply = await host.run(e.data.req);
	for (const msg of inParts(e.data.id, reply)) self.postMessage(msg);
};
