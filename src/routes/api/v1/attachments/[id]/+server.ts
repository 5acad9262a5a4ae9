import { findAttachment } from '$lib/server/db/attachments';
import { ctxOf } from '$lib/server/http/context';
import { requireUser } from '$lib/server/http/guards';
import { refusals } from '$lib/server/http/refusal';
import { refusalResponse } from '$lib/server/http/respond';

/**
 * A ticket's file, only for those who may see the ticket (others get 404). Served with the type sniffed at
 * upload, nosniff, and a CSP that sandboxes it: even a file that fooled the sniffer could not run script.
 */
export const GET = async (event) => {
	const user = requireUser();
	const file = await findAttachment((await ctxOf(event)).db, user, event.params.id);
	if (!file) return refusalResponse(refusals.notFound());
	const inline = /^(image\/(png|jpeg|gif|webp)|application\/pdf)$/.test(file.content_type);
	const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return new Response(new Uint8Array(file.data), {
		headers: {
			'content-type': file.content_type,
			'content-length': String(file.size),
			'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; sandbox",
			'cache-control': 'private, max-age=3600'
		}
	});
};
