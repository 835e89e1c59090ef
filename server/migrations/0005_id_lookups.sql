CREATE INDEX "filings_id_idx" ON "filings" USING btree ("id");--> statement-breakpoint
CREATE INDEX "organizations_id_idx" ON "organizations" USING btree ("id");