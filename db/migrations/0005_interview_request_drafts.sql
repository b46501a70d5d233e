CREATE TABLE `interview_request_drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`target` text NOT NULL,
	`target_id` integer NOT NULL,
	`state` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `interview_request_drafts_token_hash_unique` ON `interview_request_drafts` (`token_hash`);--> statement-breakpoint
CREATE INDEX `interview_request_drafts_created_idx` ON `interview_request_drafts` (`created_at`);