// as the app: a pure client app, its shell prerendered
export const ssr = false;
export const prerender = true;
