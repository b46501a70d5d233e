CREATE TABLE `language_names` (
	`code` text PRIMARY KEY NOT NULL,
	`names` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `cities` ADD `local_name` text;