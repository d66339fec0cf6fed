/**
 * Which cached page answers an offline navigation to an address that has no page of its
 * own (a mistyped table, say). The prerendered pages load their scripts by relative
 * addresses, so the page must come from the same folder depth as the address asked for:
 * `/t/nope` opened with the `/` page would look for its scripts under `/t/_app/` and stay
 * blank. Any page of that depth will do, since the app routes on the client and says
 * what it cannot find.
 */
export function shellFor(pathname: string, pages: readonly string[]): string | undefined {
	const depth = (p: string) => p.split('/').length;
	return pages.find((p) => depth(p) === depth(pathname)) ?? pages[0];
}
