/**
 * Tables whose rows triggers compute from other tables (the organization counts of migration 0008,
 * their per-transaction staging, always empty between transactions, and the density buckets of 0010). A backup leaves them out;
 * a restore rebuilds them, since the triggers fire as the source rows go in.
 */
export const derivedTables = [
  'organization_counts', 'organization_district_counts', 'organization_active_counts',
  'organization_count_changes', 'organization_count_flushes', 'community_density_counts',
] as const;
