CREATE TABLE `request_interviews` (
	`request_id` integer PRIMARY KEY NOT NULL,
	`starts_at` integer NOT NULL,
	`time_zone` text NOT NULL,
	`minutes` integer NOT NULL,
	`format` text NOT NULL,
	`location` text NOT NULL,
	`uid` text NOT NULL,
	`sequence` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `interview_requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `request_interviews_uid_unique` ON `request_interviews` (`uid`);--> statement-breakpoint
CREATE TABLE `request_reads` (
	`request_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`read_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `request_id`),
	FOREIGN KEY (`request_id`) REFERENCES `interview_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `interview_requests` ADD `status_token_sealed` text;--> statement-breakpoint
CREATE INDEX `interview_requests_status_deadline_idx` ON `interview_requests` (`status`,`deadline_at`);--> statement-breakpoint
ALTER TABLE `outbox_messages` ADD `reply_to` text;--> statement-breakpoint
ALTER TABLE `outbox_messages` ADD `calendar` text;--> statement-breakpoint
ALTER TABLE `users` ADD `time_zone` text;