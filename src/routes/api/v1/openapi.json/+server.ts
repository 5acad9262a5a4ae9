import { json } from '@sveltejs/kit';
import { openApiDocument } from '$lib/server/openapi';

export const GET = ({ url }) => json(openApiDocument(process.env.ORIGIN ?? url.origin));
