// Response targets: what admins set, and the due times they produce. The clock is always
// passed in, so SLA rules are tested with fixed instants.
import {
	addBusinessMinutes,
	DEFAULT_SERVICE_HOURS,
	workdayMinutes,
	type ServiceHours
} from './business-hours';

export interface Target {
	amount: number;
	unit: 'hours' | 'days';
}

export interface ServiceSettings extends ServiceHours {
	/** How soon the first agent answer is due, in business time. */
	firstResponse: Target;
	/** How soon the next answer is due after a customer writes again. */
	nextResponse: Target;
	/** Hours between solving a ticket and sending its survey (0: at once). */
	surveyDelayHours: number;
}

export const DEFAULT_SETTINGS: ServiceSettings = {
	...DEFAULT_SERVICE_HOURS,
	firstResponse: { amount: 1, unit: 'days' },
	nextResponse: { amount: 1, unit: 'days' },
	surveyDelayHours: 0
};

export function targetMinutes(target: Target, hours: ServiceHours): number {
	return target.unit === 'days' ? target.amount * workdayMinutes(hours) : target.amount * 60;
}

export function firstResponseDue(from: number, settings: ServiceSettings): number {
	return addBusinessMinutes(from, targetMinutes(settings.firstResponse, settings), settings);
}

export function nextResponseDue(from: number, settings: ServiceSettings): number {
	return addBusinessMinutes(from, targetMinutes(settings.nextResponse, settings), settings);
}
