/**
 * Points to resume work at, so that long work comes in short tasks with the page free to
 * respond and paint in between.
 */

/** After the next frame is drawn (or a moment, where frames do not come: a hidden tab). */
export function painted(): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(resolve, 100);
		requestAnimationFrame(() =>
			setTimeout(() => {
				clearTimeout(timer);
				resolve();
			}, 0)
		);
	});
}

/**
 * After the tasks already queued (a key, a frame): lets the page respond between two pieces
 * of work. A message, not a timer: browsers hold a hidden tab's timers to one a second.
 */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
