/**
 * Share links: a scenario's content, deflate-raw compressed and base64url
 * encoded, behind a version prefix, in the URL fragment (after #) so it never
 * reaches a server. `s1.` is version 1; a later version gets a new prefix and
 * this decoder stays, so a link made today opens in later versions.
 * `decodeShare` never throws and never evaluates what it decodes.
 */
import type { Content } from '../model/scenario-content';
import { isObject, readContent } from '../model/scenario-content';

export const SHARE_PREFIX = 's1.';
/** Past this, many chat and mail clients cut links: warn. */
export const LONG_LINK = 8_000;
/** Past this, offer a file instead of a link that may break. */
export const MAX_LINK = 32_000;
/** What a fragment may inflate to: bounds a crafted "zip bomb" link. */
const MAX_JSON = 1_000_000;

export type SharedScenario = { table: string; name: string } & Content;

export type DecodeFailure =
	| 'notALink'
	| 'unknownVersion'
	| 'notBase64'
	| 'notCompressed'
	| 'tooLarge'
	| 'notJson'
	| 'notAScenario';

export type Decoded =
	{ ok: true; scenario: SharedScenario; warnings: string[] } | { ok: false; reason: DecodeFailure };

function toBase64Url(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
	try {
		const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		const out = new Uint8Array(bin.length);
		for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
		return out;
	} catch {
		return null;
	}
}

async function pipe(
	bytes: Uint8Array,
	stream: CompressionStream | DecompressionStream,
	limit = Infinity
) {
	const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel();
			throw new RangeError('too large');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

/** The fragment (without "#") for a scenario. */
export async function encodeShare(s: SharedScenario): Promise<string> {
	const json = JSON.stringify({
		v: 1,
		t: s.table,
		n: s.name,
		i: s.inputs,
		a: s.assumptions,
		o: s.notes
	});
	const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
	return SHARE_PREFIX + toBase64Url(packed);
}

/** Whether a fragment (with or without "#") is meant as a share link: `s`, a version, a dot. */
export function isShareFragment(fragment: string): boolean {
	return /^#?s\d+\./.test(fragment);
}

/** Reads a fragment (with or without "#"). Never throws. */
export async function decodeShare(fragment: string): Promise<Decoded> {
	const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	if (!isShareFragment(f)) return { ok: false, reason: 'notALink' };
	if (!f.startsWith(SHARE_PREFIX)) return { ok: false, reason: 'unknownVersion' };
	const bytes = fromBase64Url(f.slice(SHARE_PREFIX.length));
	if (!bytes || bytes.length === 0) return { ok: false, reason: 'notBase64' };
	let text: string;
	try {
		const raw = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON);
		text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
	} catch (e) {
		return { ok: false, reason: e instanceof RangeError ? 'tooLarge' : 'notCompressed' };
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'notJson' };
	}
	if (
		!isObject(json) ||
		json.v !== 1 ||
		typeof json.t !== 'string' ||
		!/^[a-z0-9-]{1,64}$/.test(json.t)
	)
		return { ok: false, reason: 'notAScenario' };
	const { content, warnings } = readContent({ inputs: json.i, assumptions: json.a, notes: json.o });
	const name = typeof json.n === 'string' && json.n.trim() ? json.n.slice(0, 200) : 'Shared';
	return { ok: true, scenario: { table: json.t, name, ...content }, warnings };
}
