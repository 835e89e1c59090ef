import type { serviceCertificates } from './service-records.tables';
import { hoursOf } from './service-minutes';

type ServiceCertificate = typeof serviceCertificates.$inferSelect;

/** A certificate as its holder and staff see it, with the link to its PDF. */
export function presentServiceCertificate(c: ServiceCertificate, volunteer: { name: string }) {
  return {
    id: c.id, number: c.number, volunteerId: c.volunteerId, volunteerName: volunteer.name,
    totalMinutes: c.totalMinutes, totalHours: hoursOf(c.totalMinutes), recordCount: c.recordCount,
    firstServiceDate: c.firstServiceDate, lastServiceDate: c.lastServiceDate, issuedAt: c.issuedAt.toISOString(),
    pdfUrl: `/api/service-certificates/${c.id}/pdf`,
  };
}
