import { json } from '@sveltejs/kit';
import { openApiDocument } from '$lib/server/http/openapi';
import { settings } from '$lib/server/env';

export const GET = ({ url }) => json(openApiDocument(settings.origin() ?? url.origin));
