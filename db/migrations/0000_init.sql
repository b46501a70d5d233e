CREATE TABLE `cities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`country` text NOT NULL,
	`time_zone` text NOT NULL,
	`desk_email` text NOT NULL,
	`duty_phone` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cities_slug_unique` ON `cities` (`slug`);--> statement-breakpoint
CREATE TABLE `contact_hours` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contact_id` integer NOT NULL,
	`weekday` integer NOT NULL,
	`start_minute` integer NOT NULL,
	`end_minute` integer NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_hours_contact_idx` ON `contact_hours` (`contact_id`,`weekday`);--> statement-breakpoint
CREATE TABLE `contact_languages` (
	`contact_id` integer NOT NULL,
	`tag` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`contact_id`, `tag`),
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `contact_phones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contact_id` integer NOT NULL,
	`kind` text NOT NULL,
	`e164` text NOT NULL,
	`extension` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_phones_contact_idx` ON `contact_phones` (`contact_id`,`position`);--> statement-breakpoint
CREATE INDEX `contact_phones_e164_idx` ON `contact_phones` (`e164`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`full_name` text NOT NULL,
	`local_name` text,
	`role` text DEFAULT '' NOT NULL,
	`organisation` text DEFAULT '' NOT NULL,
	`city_id` integer NOT NULL,
	`email` text,
	`bio` text DEFAULT '' NOT NULL,
	`on_leave` integer DEFAULT false NOT NULL,
	`leave_returns_on` text,
	`delegate_id` integer,
	`successor_id` integer,
	`confirmed_at` integer,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`city_id`) REFERENCES `cities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`delegate_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`successor_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_slug_unique` ON `contacts` (`slug`);--> statement-breakpoint
CREATE INDEX `contacts_city_idx` ON `contacts` (`city_id`,`active`,`full_name`);--> statement-breakpoint
CREATE TABLE `release_contacts` (
	`release_id` integer NOT NULL,
	`contact_id` integer NOT NULL,
	`city_label` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`release_id`, `contact_id`),
	FOREIGN KEY (`release_id`) REFERENCES `releases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `release_contacts_contact_idx` ON `release_contacts` (`contact_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `release_contacts_order_idx` ON `release_contacts` (`release_id`,`position`);--> statement-breakpoint
CREATE TABLE `release_datelines` (
	`release_id` integer NOT NULL,
	`position` integer NOT NULL,
	`place` text NOT NULL,
	`city_id` integer,
	PRIMARY KEY(`release_id`, `position`),
	FOREIGN KEY (`release_id`) REFERENCES `releases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`city_id`) REFERENCES `cities`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `release_datelines_city_idx` ON `release_datelines` (`city_id`);--> statement-breakpoint
CREATE TABLE `releases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`published_on` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `releases_slug_unique` ON `releases` (`slug`);--> statement-breakpoint
CREATE INDEX `releases_status_date_idx` ON `releases` (`status`,`published_on`);