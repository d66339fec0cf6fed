/** Page model of the notebook: value-returning helpers so specs read as behaviour. */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class NotebookPage {
	readonly page: Page;
	readonly grid: Locator;
	readonly error: Locator;

	constructor(page: Page) {
		this.page = page;
		this.grid = page.getByRole('grid');
		this.error = page.locator('#grid-error');
	}

	async open(lang: 'zh' | 'en' = 'zh'): Promise<void> {
		await this.page.addInitScript((l) => localStorage.setItem('pin.lang', l), lang);
		await this.page.goto('/');
		await this.computed();
	}

	/** Waits until the engine has computed the table (until then the grid shows the printed figures). */
	async computed(): Promise<void> {
		await expect(this.grid).toBeVisible();
		await expect(this.page.getByTestId('summary')).toBeVisible({ timeout: 30_000 });
	}

	row(id: string): Locator {
		return this.page.locator(`tr[data-id="${id}"]`);
	}

	cell(id: string, key: string): Locator {
		return this.row(id).locator(`td[data-key="${key}"]`);
	}

	async text(id: string, key: string): Promise<string> {
		return (await this.cell(id, key).innerText()).trim();
	}

	/** Selects a cell, types over it and commits with Enter. */
	async type(id: string, key: string, text: string): Promise<void> {
		await this.cell(id, key).click();
		await this.page.keyboard.type(text);
		await this.page.keyboard.press('Enter');
	}

	async focusedKey(): Promise<{ id: string | null; key: string | null }> {
		return this.page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return {
				id: el?.closest('tr')?.getAttribute('data-id') ?? null,
				key:
					el?.getAttribute('data-key') ?? (el?.getAttribute('role') === 'rowheader' ? 'name' : null)
			};
		});
	}
}
