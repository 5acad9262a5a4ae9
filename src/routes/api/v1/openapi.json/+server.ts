import { json } from '@sveltejs/kit';
import { openApiDocument } from '$lib/server/openapi';
import { settings } from '$lib/server/env';

export const GET = ({ url }) => json(openApiDocument(settings.origin() ?? url.origin));
