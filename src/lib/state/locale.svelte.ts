/**
 * The UI language. Starts from a saved choice, else the browser's language;
 * the choice is remembered. Storage access happens in methods only, never at
 * module load, so the module is safe to import anywhere.
 */
import { LANGS, MESSAGES, type Lang } from '../i18n/messages';

const KEY = 'pin.lang';

export class Locale {
	lang = $state<Lang>('zh');
	t = $derived(MESSAGES[this.lang]);
	/** BCP 47 tag for Intl formatting. */
	tag = $derived(this.lang === 'zh' ? 'zh-CN' : 'en-US');

	init(): void {
		let saved: string | null = null;
		try {
			saved = localStorage.getItem(KEY);
		} catch {
			// storage blocked (private mode): fall back to the browser language
		}
		if (saved && (LANGS as readonly string[]).includes(saved)) this.lang = saved as Lang;
		else this.lang = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
		document.documentElement.lang = this.tag;
	}

	set(lang: Lang): void {
		this.lang = lang;
		document.documentElement.lang = this.tag;
		try {
			localStorage.setItem(KEY, lang);
		} catch {
			// not remembered, still applied
		}
	}
}
