CREATE TABLE `interview_request_addressees` (
	`request_id` integer NOT NULL,
	`contact_id` integer NOT NULL,
	PRIMARY KEY(`request_id`, `contact_id`),
	FOREIGN KEY (`request_id`) REFERENCES `interview_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `interview_request_addressees_contact_idx` ON `interview_request_addressees` (`contact_id`);--> statement-breakpoint
CREATE TABLE `interview_request_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`status` text NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `interview_requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `interview_request_events_request_idx` ON `interview_request_events` (`request_id`,`at`);--> statement-breakpoint
CREATE TABLE `interview_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text,
	`token_hash` text NOT NULL,
	`target` text NOT NULL,
	`contact_id` integer,
	`city_id` integer,
	`release_id` integer,
	`journalist_name` text NOT NULL,
	`outlet` text NOT NULL,
	`email` text NOT NULL,
	`phone` text,
	`deadline_at` integer NOT NULL,
	`deadline_time_zone` text NOT NULL,
	`topic` text NOT NULL,
	`questions` text DEFAULT '' NOT NULL,
	`format` text NOT NULL,
	`language` text NOT NULL,
	`on_record` integer NOT NULL,
	`wished_interviewee` text,
	`status` text DEFAULT 'new' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`city_id`) REFERENCES `cities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`release_id`) REFERENCES `releases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `interview_requests_reference_unique` ON `interview_requests` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `interview_requests_token_hash_unique` ON `interview_requests` (`token_hash`);--> statement-breakpoint
CREATE INDEX `interview_requests_contact_idx` ON `interview_requests` (`contact_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `interview_requests_city_idx` ON `interview_requests` (`city_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `interview_requests_created_idx` ON `interview_requests` (`created_at`);--> statement-breakpoint
CREATE TABLE `outbox_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`request_id` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`last_error` text,
	`sent_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `interview_requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `outbox_messages_due_idx` ON `outbox_messages` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_messages_request_idx` ON `outbox_messages` (`request_id`);--> statement-breakpoint
CREATE TABLE `rate_limit_hits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rate_limit_hits_key_idx` ON `rate_limit_hits` (`key`,`at`);