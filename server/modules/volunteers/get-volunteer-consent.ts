import { volunteerConsentText } from '../../../common/i18n/volunteering/volunteers';
import type { Ctx } from '../../platform/context';
import { volunteerConsentVersion } from './insert-volunteer';

/** The consent text the registration form shows, in the reader's language, with the version a registration records. */
export function getVolunteerConsent({ ctx }: { ctx: Ctx }) {
  return { version: volunteerConsentVersion, text: volunteerConsentText[ctx.lang] };
}
