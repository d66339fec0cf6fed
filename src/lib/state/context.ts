/** Typed context for the app's shared state objects. */
import { getContext, setContext } from 'svelte';
import type { Notebook } from './notebook.svelte';
import type { Locale } from './locale.svelte';

const NOTEBOOK = Symbol('notebook');
const LOCALE = Symbol('locale');

export const setNotebook = (n: Notebook) => setContext(NOTEBOOK, n);
export const getNotebook = () => getContext<Notebook>(NOTEBOOK);
export const setLocale = (l: Locale) => setContext(LOCALE, l);
export const getLocale = () => getContext<Locale>(LOCALE);
