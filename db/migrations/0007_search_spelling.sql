-- Search forgives spelling with a list of the names the directory knows (people's and cities' words),
-- kept in each process's memory (lib/search/spelling.ts). This counter says when that list is stale:
-- every write that can add or remove a name bumps it, and a search reads it (one row) before it
-- uses the list. Trigger names hold "_search_" so bulk loads drop and restore them with the others.
CREATE TABLE search_names_generation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  generation INTEGER NOT NULL
);
--> statement-breakpoint
INSERT INTO search_names_generation (id, generation) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER contacts_search_names_ai AFTER INSERT ON contacts BEGIN
  UPDATE search_names_generation SET generation = generation + 1;
END;
--> statement-breakpoint
CREATE TRIGGER contacts_search_names_au AFTER UPDATE OF full_name, local_name, active ON contacts BEGIN
  UPDATE search_names_generation SET generation = generation + 1;
END;
--> statement-breakpoint
CREATE TRIGGER contacts_search_names_ad AFTER DELETE ON contacts BEGIN
  UPDATE search_names_generation SET generation = generation + 1;
END;
--> statement-breakpoint
CREATE TRIGGER cities_search_names_ai AFTER INSERT ON cities BEGIN
  UPDATE search_names_generation SET generation = generation + 1;
END;
--> statement-breakpoint
CREATE TRIGGER cities_search_names_au AFTER UPDATE OF slug, name, local_name ON cities BEGIN
  UPDATE search_names_generation SET generation = generation + 1;
END;
--> statement-breakpoint
CREATE TRIGGER cities_search_names_ad AFTER DELETE ON cities BEGIN
  UPDATE search_names_generation SET generation = generation + 1;
END;
