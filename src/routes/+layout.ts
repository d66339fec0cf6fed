// A pure client app: the shell is prerendered once, all data loads in the browser.
export const ssr = false;
export const prerender = true;
