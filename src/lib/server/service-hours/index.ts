// Service hours: when the team works (business-hours), the response targets and due times they give (sla),
// the admins' settings (settings), and all of it in the reader's words (words).
export * from '$lib/service-hours/business-hours';
export * from '$lib/service-hours/sla';
export * from './settings';
export * from './words';
