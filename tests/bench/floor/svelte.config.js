// The floor benchmark's app (tests/bench/floor.run.ts): the project's stack with nothing of its own.
import adapter from '@sveltejs/adapter-static';

export default {
	kit: { adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }) }
};
